package org.safepassage.vetting.run;

import org.safepassage.core.json.Json;
import org.safepassage.core.text.Digits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A clean registration line rewritten the way web clients, spreadsheets and partner exports write
 * the same content: absent fields as "", numbers as digit strings in Persian or Arabic-Indic,
 * national IDs with dashes, wire names in another letter case; and text as phones and copied lists
 * carry it: marks that show nothing (right-to-left and left-to-right marks, zero-width spaces), the
 * tatweel that stretches a Persian word, a short-vowel mark, no-break spaces and spaces at the ends;
 * and as partner lists write names and places: the whole name in the given name's column beside
 * the family name's, the country after the birth place.
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
        if (variant % 7 == 0 && person.hasNonNull("givenName") && person.hasNonNull("familyName")) {
            // a partner list's "name" column holding the whole name beside its "surname" column
            person.put("givenName", person.get("givenName").asString() + " " + person.get("familyName").asString());
        }
        if (variant % 5 == 1 && person.hasNonNull("birthPlace")) {
            String place = person.get("birthPlace").asString();
            person.put("birthPlace", place + (place.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF) ? "، ایران" : ", Iran"));
        }
        int kind = variant;
        for (String field : PERSON_TEXT) {
            if (person.hasNonNull(field) && !field.equals("nationalId")) {
                person.put(field, unseen(person.get(field).asString(), kind++));
            }
        }
        for (String field : SERVICE_TEXT) {
            if (service.hasNonNull(field)) {
                service.put(field, unseen(service.get(field).asString(), kind++));
            }
        }
        if (root.hasNonNull("narrative")) {
            root.put("narrative", unseen(root.get("narrative").asString(), kind));
        }
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

    /** The text with something that does not show, or shows as a space, put in it: one of five kinds. */
    private static String unseen(String text, int kind) {
        int middle = text.length() / 2;
        return switch (Math.floorMod(kind, 5)) {
            case 0 -> "\u200F" + text;
            case 1 -> text.substring(0, middle) + "\u200B" + text.substring(middle) + "\u200E";
            case 2 -> text.chars().anyMatch(c -> c >= 0x0628 && c <= 0x06CC) ? withTatweel(text) : " " + text;
            case 3 -> text.replace(' ', '\u00A0') + " ";
            default -> text.replace("\u06CC", "\u06CC\u0650"); // a kasra on each ی
        };
    }

    /** A tatweel after the first Persian letter that joins the next. */
    private static String withTatweel(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) >= 0x0628 && text.charAt(i) <= 0x06CC && Character.isLetter(text.charAt(i + 1))
                    && "ادذرزژو".indexOf(text.charAt(i)) < 0) {
                return text.substring(0, i + 1) + "\u0640" + text.substring(i + 1);
            }
        }
        return text;
    }

    private static String toArabicIndic(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u0660' + (c - '0')) : c);
        }
        return out.toString();
    }
}
