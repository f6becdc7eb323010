package org.safepassage.vetting.run;

import org.safepassage.core.json.Json;
import java.util.Random;
import org.safepassage.core.text.Digits;
import org.safepassage.vetting.rewrite.Rewrite;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clean registration line rewritten the way web clients, spreadsheets and partner exports write
 * the same content: absent fields as "", numbers as digit strings in Persian or Arabic-Indic,
 * national IDs with dashes, wire names in another letter case; and, in turn, each way of writing
 * that keeps what was said ({@link Rewrite#KEEPING_WHAT_WAS_SAID}: marks that show nothing, tatweel,
 * a title before the father's name, the whole name in the given name's field…).
 * Read under the reading rules, it must be the same registration, and vetting must read it the same.
 */
final class Messy {

    private static final String[] PERSON_TEXT = {"givenName", "familyName", "fatherName", "birthPlace", "nationalId"};
    private static final String[] SERVICE_TEXT = {"branch", "unit", "rank", "position", "province"};

    private Messy() {
    }

    static String of(String line, int variant) {
        ObjectNode root = (ObjectNode) Json.MAPPER.readTree(line);
        ObjectNode person = root.path("person").isObject() ? (ObjectNode) root.get("person") : root.putObject("person");
        ObjectNode service = (ObjectNode) root.get("service");
        // one of the ways of writing that keep what was said, in turn (marks, tatweel, titles, a name or country written twice…)
        Rewrite.KEEPING_WHAT_WAS_SAID.get(variant % Rewrite.KEEPING_WHAT_WAS_SAID.size()).apply(root, new Random(variant));
        for (String field : PERSON_TEXT) {
            if (!person.hasNonNull(field)) {
                person.put(field, variant % 2 == 0 ? "" : " ");
            }
        }
        for (String field : SERVICE_TEXT) {
            if (!service.hasNonNull(field)) {
                service.put(field, "");
            }
        }
        JsonNode id = person.get("nationalId");
        if (id != null && id.asString().length() == 10) {
            String digits = id.asString();
            person.put("nationalId", switch (variant % 3) {
                case 0 -> Digits.toPersian(digits);
                case 1 -> digits.substring(0, 3) + "-" + digits.substring(3, 9) + "-" + digits.substring(9);
                default -> toArabicIndic(digits);
            });
        }
        if (person.hasNonNull("birthYear")) {
            person.put("birthYear", Digits.toPersian(String.valueOf(person.get("birthYear").asInt())));
        } else {
            person.put("birthYear", "");
        }
        if (service.hasNonNull("yearsOfService")) {
            service.put("yearsOfService", String.valueOf(service.get("yearsOfService").asInt()));
        }
        service.put("organization", service.get("organization").asString().toLowerCase(java.util.Locale.ROOT));
        if (!root.hasNonNull("access")) {
            root.put("access", "");
        }
        return Json.MAPPER.writeValueAsString(root);
    }

    private static String toArabicIndic(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
