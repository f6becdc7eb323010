package org.safepassage.vetting.rewrite;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import org.safepassage.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a copy of a corpus folder ({@code registrations.jsonl}, and {@code truth.jsonl} as it is)
 * with one {@link Rewrite} applied to a share of its registrations, chosen by a seed: what vetting
 * scores on the copy against what it scores on the original says how well it reads that way of
 * writing. A line that is not a JSON object is copied as it is.
 */
public final class Rewriter {

    /** How many registrations were read and how many the rewrite changed. */
    public record Count(int registrations, int rewritten) {
    }

    private final Rewrite rewrite;
    private final double share;
    private final long seed;

    public Rewriter(Rewrite rewrite, double share, long seed) {
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("the share of registrations to rewrite must be above 0 and at most 1, not " + share);
        }
        this.rewrite = rewrite;
        this.share = share;
        this.seed = seed;
    }

    public Count write(Path from, Path to) throws IOException {
        if (from.toAbsolutePath().normalize().equals(to.toAbsolutePath().normalize())) {
            throw new IOException("the copy must go to another folder than " + from);
        }
        Path registrations = from.resolve("registrations.jsonl");
        if (!Files.isRegularFile(registrations)) {
            throw new IOException("no registrations.jsonl in " + from);
        }
        Files.createDirectories(to);
        Random random = new Random(seed);
        int read = 0;
        int rewritten = 0;
        try (BufferedReader in = Files.newBufferedReader(registrations, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(to.resolve("registrations.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String written = line;
                JsonNode node = parse(line);
                if (node instanceof ObjectNode registration) {
                    read++;
                    if (random.nextDouble() < share && rewrite.apply(registration, random)) {
                        rewritten++;
                        written = Json.MAPPER.writeValueAsString(registration);
                    }
                }
                out.write(written);
                out.newLine();
            }
        }
        Path truth = from.resolve("truth.jsonl");
        if (Files.isRegularFile(truth)) {
            Files.copy(truth, to.resolve("truth.jsonl"), StandardCopyOption.REPLACE_EXISTING);
        }
        return new Count(read, rewritten);
    }

    private static JsonNode parse(String line) {
        try {
            return Json.MAPPER.readTree(Json.withoutByteOrderMark(line));
        } catch (JacksonException notJson) {
            return null;
        }
    }
}
