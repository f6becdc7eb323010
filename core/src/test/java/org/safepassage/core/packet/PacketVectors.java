package org.safepassage.core.packet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safepassage.core.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * The cross-implementation vectors in {@code sealer/vectors.json} (OpenSSL and age-keygen made them),
 * which the JavaScript sealer's own tests read too.
 */
public final class PacketVectors {

    public static final Path FILE = Path.of("..", "sealer", "vectors.json");

    private PacketVectors() {
    }

    public static String pepperHex() throws IOException {
        return root().get("pepper").asString();
    }

    public static List<Vector> cases() throws IOException {
        List<Vector> cases = new ArrayList<>();
        for (JsonNode node : root().get("cases")) {
            cases.add(new Vector(node.get("receipt").asString(), node.get("lookupKey").asString(), node.get("tag").asString(),
                    node.get("replySeed").asString(), node.get("replyRecipient").asString(),
                    node.get("legacyReplyScalar").asString(), node.get("legacyReplyRecipient").asString()));
        }
        return cases;
    }

    private static JsonNode root() throws IOException {
        return Json.MAPPER.readTree(Files.readString(FILE));
    }

    public record Vector(String receipt, String lookupKey, String tag, String replySeed, String replyRecipient,
                         String legacyReplyScalar, String legacyReplyRecipient) {
    }
}
