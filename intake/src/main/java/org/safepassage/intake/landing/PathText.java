package org.safepassage.intake.landing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.safepassage.intake.IntakeSettings;
import org.springframework.stereotype.Component;

/**
 * "The path": what the receiving organisation offers and what happens next, in each language.
 * A deployment writes its own {@code path.fa.md} and {@code path.en.md}; otherwise the built-in
 * text is used. Markdown is rendered with raw HTML escaped, so the text cannot pull in anything.
 */
@Component
public class PathText {

    private final Map<String, String> html;

    public PathText(IntakeSettings settings) {
        Parser parser = Parser.builder().build();
        HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
        this.html = Map.of(
                "fa", renderer.render(parser.parse(read(settings.pathDir(), "fa"))),
                "en", renderer.render(parser.parse(read(settings.pathDir(), "en"))));
    }

    public String html(String language) {
        return html.getOrDefault(language, html.get("en"));
    }

    private static String read(Path dir, String language) {
        String name = "path." + language + ".md";
        try {
            if (dir != null && Files.isRegularFile(dir.resolve(name))) {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            }
            try (InputStream builtIn = PathText.class.getResourceAsStream("/intake/path/" + name)) {
                if (builtIn == null) {
                    throw new IllegalStateException("built-in " + name + " is missing from the jar");
                }
                return new String(builtIn.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }
}
