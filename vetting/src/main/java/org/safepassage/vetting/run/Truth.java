package org.safepassage.vetting.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.safepassage.core.json.JsonLines;
import tools.jackson.databind.JsonNode;

/**
 * A truth file's labels, in the order of the registrations vetted: the person each belongs to,
 * whether it was planted, and the planted campaign and its style (flood, swarm, …) when known.
 * Lines: {@code {"id": "r-1", "person": "p-1", "planted": true, "campaign": "flood-1", "style": "flood"}};
 * {@code planted} may be left out (then nothing is planted), {@code campaign} and {@code style} too.
 */
record Truth(String[] person, boolean[] planted, boolean anyPlanted, String[] campaign, String[] style) {

    static Truth read(Path file, List<Subject> subjects, Consumer<String> problems) throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        JsonLines.read(file, (number, node) -> byId.put(node.path("id").asString(), node),
                problem -> problems.accept("truth file " + problem));
        String[] person = new String[subjects.size()];
        boolean[] planted = new boolean[subjects.size()];
        boolean anyPlanted = false;
        String[] campaign = new String[subjects.size()];
        String[] style = new String[subjects.size()];
        int missing = 0;
        for (int i = 0; i < subjects.size(); i++) {
            JsonNode node = byId.get(subjects.get(i).record().id());
            if (node == null) {
                missing++;
                continue;
            }
            person[i] = node.path("person").asString();
            planted[i] = node.path("planted").asBoolean(false);
            anyPlanted |= planted[i];
            campaign[i] = node.path("campaign").isString() ? node.path("campaign").asString() : null;
            style[i] = node.path("style").isString() ? node.path("style").asString() : null;
        }
        if (missing > 0) {
            problems.accept(missing + " registrations have no line in the truth file; they are left out of the scores");
        }
        return new Truth(person, planted, anyPlanted, campaign, style);
    }
}
