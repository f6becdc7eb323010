package org.safepassage.vetting.run;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safepassage.core.json.Json;

/**
 * A synthetic corpus as {@code vet --truth} reads it: {@code registrations.jsonl}, and beside it
 * {@code truth.jsonl} with, for each registration, the person it belongs to and, when planted, its
 * campaign and style (the format {@link Truth} reads). Both corpora's generators write through it.
 */
public final class CorpusFiles implements Closeable {

    private final BufferedWriter registrations;
    private final BufferedWriter truth;

    private CorpusFiles(BufferedWriter registrations, BufferedWriter truth) {
        this.registrations = registrations;
        this.truth = truth;
    }

    public static CorpusFiles create(Path dir) throws IOException {
        Files.createDirectories(dir);
        BufferedWriter registrations = Files.newBufferedWriter(dir.resolve("registrations.jsonl"), StandardCharsets.UTF_8);
        try {
            return new CorpusFiles(registrations, Files.newBufferedWriter(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            registrations.close();
            throw e;
        }
    }

    /** One registration (a record or a map, written as JSON) and its truth; campaign and style may be null. */
    public void write(Object registration, String id, String person, boolean planted, String campaign, String style)
            throws IOException {
        registrations.write(Json.MAPPER.writeValueAsString(registration));
        registrations.newLine();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("person", person);
        line.put("planted", planted);
        if (planted) {
            line.put("campaign", campaign);
            line.put("style", style);
        }
        truth.write(Json.MAPPER.writeValueAsString(line));
        truth.newLine();
    }

    @Override
    public void close() throws IOException {
        try (registrations) {
            truth.close();
        }
    }
}
