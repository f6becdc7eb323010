package org.safepassage.vetting.rewrite;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.safepassage.core.registration.Organization;
import org.safepassage.vetting.names.PersianNames;
import org.safepassage.vetting.names.Places;
import org.safepassage.vetting.names.Provinces;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * One way real input writes what a registration says differently from the corpora: a check that
 * vetting reads what people mean, not the way one generator writes it. Each rewrite changes one
 * registration in place and says whether it did; a registration it does not apply to (no such
 * field, already so) stays as it is. The first kinds keep everything the registration said
 * ({@link #keepsWhatWasSaid}); the rest lose a little of it, as the people who write so do (a
 * whole name in one field no longer says which part is the family name).
 */
public enum Rewrite {

    /** A right-to-left or left-to-right mark at a field's end, a zero-width space inside it, as phones and copied text carry. */
    INVISIBLE_MARKS("invisible-marks", true) {
        @Override
        String text(String value, Random random) {
            int at = 1 + random.nextInt(value.length());
            return random.nextBoolean() ? "\u200F" + value.substring(0, at) + "\u200B" + value.substring(at)
                    : value.substring(0, at) + "\u200B" + value.substring(at) + "\u200E";
        }
    },
    /** A tatweel stretching a Persian word after a letter that joins the next. */
    TATWEEL("tatweel", true) {
        @Override
        String text(String value, Random random) {
            for (int i = random.nextInt(value.length()); i + 1 < value.length(); i++) {
                if (joinsTheNext(value.charAt(i)) && isPersianLetter(value.charAt(i + 1))) {
                    return value.substring(0, i + 1) + '\u0640' + value.substring(i + 1);
                }
            }
            return value;
        }
    },
    /** A short-vowel mark (kasra, fatha, damma, shadda) on a Persian letter. */
    SHORT_VOWEL_MARKS("short-vowel-marks", true) {
        @Override
        String text(String value, Random random) {
            for (int i = random.nextInt(value.length()); i < value.length(); i++) {
                if (isPersianLetter(value.charAt(i))) {
                    return value.substring(0, i + 1) + "\u064E\u064F\u0650\u0651".charAt(random.nextInt(4)) + value.substring(i + 1);
                }
            }
            return value;
        }
    },
    /** No-break spaces between words, a space at the end. */
    OTHER_SPACES("other-spaces", true) {
        @Override
        String text(String value, Random random) {
            return value.replace(' ', '\u00A0') + " ";
        }
    },
    /**
     * Persian text as a tool that took its UTF-8 bytes for Windows-1252 shows it (a web form's
     * MySQL table in latin1, a spreadsheet opened in the wrong encoding): رضا as Ø±Ø¶Ø§.
     */
    MISDECODED_PERSIAN("misdecoded-persian", true) {
        @Override
        String text(String value, Random random) {
            if (!PersianNames.hasArabicScript(value)) {
                return value;
            }
            StringBuilder shown = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                String asWindows1252 = new String(new byte[] {b}, WINDOWS_1252);
                // a byte Windows-1252 has no character for comes through as itself, as MySQL's latin1 lets it
                shown.append(asWindows1252.equals("\uFFFD") ? (char) (b & 0xFF) : asWindows1252.charAt(0));
            }
            return shown.toString();
        }
    },
    /** A title before the father's name on some registrations (سید حسین, Haj Hossein). */
    FATHER_TITLES("father-titles", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            // in this order, one random draw picks the title the first version picked: its figures stay reproducible
            return titleBeforeFather(registration, random, new String[] {"حاج", "سید"}, new String[] {"Haj", "Seyed"});
        }
    },
    /** The late (مرحوم, Marhoum) or a pilgrim's title (کربلایی, Mashhadi) before the father's name, as forms about a father write it. */
    FATHER_HONORIFICS("father-honorifics", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return titleBeforeFather(registration, random, new String[] {"مرحوم", "کربلایی", "مشهدی"},
                    new String[] {"Marhoum", "Karbalaei", "Mashhadi"});
        }
    },
    /** The whole name in the given name's field beside the family name's, as a list's "name" and "surname" columns hold it. */
    WHOLE_NAME_IN_GIVEN("whole-name-in-given", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            String given = personText(registration, "givenName");
            String family = personText(registration, "familyName");
            if (given == null || family == null) {
                return false;
            }
            ((ObjectNode) registration.get("person")).put("givenName", given + " " + family);
            return true;
        }
    },
    /** The whole name typed into one field, the other left blank. */
    WHOLE_NAME_IN_ONE_FIELD("whole-name-in-one-field", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return intoOneField(registration, false);
        }
    },
    /** The whole name typed into one field family name first, as lists sorted by family name write it. */
    FAMILY_NAME_FIRST("family-name-first", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return intoOneField(registration, true);
        }
    },
    /** The country after the birth place (Tehran, Iran; تبریز، ایران). */
    COUNTRY_AFTER_BIRTH_PLACE("country-after-birth-place", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            String place = personText(registration, "birthPlace");
            if (place == null) {
                return false;
            }
            ((ObjectNode) registration.get("person")).put("birthPlace", place + (PersianNames.hasArabicScript(place) ? "، ایران" : ", Iran"));
            return true;
        }
    },
    /** A word that says what kind of place the birth place is (شهرستان دزفول, Dezful County), as forms are answered. */
    PLACE_KIND_WORDS("place-kind-words", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            String place = personText(registration, "birthPlace");
            if (place == null) {
                return false;
            }
            ((ObjectNode) registration.get("person")).put("birthPlace", PersianNames.hasArabicScript(place)
                    ? (random.nextBoolean() ? "شهرستان " : "روستای ") + place : place + (random.nextBoolean() ? " County" : " city"));
            return true;
        }
    },
    /**
     * The organisation by a name partner lists give it instead of the schema's wire name (سپاه,
     * Revolutionary Guards, ناجا, Ministry of Intelligence), in the registration's language.
     */
    ORGANIZATION_NAMES("organization-names", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            JsonNode organization = registration.path("service").path("organization");
            String[][] names = ORGANIZATION_NAMES_WRITTEN.get(organization.asString(""));
            if (names == null) {
                return false;
            }
            String[] inLanguage = "fa".equals(registration.path("language").asString("")) ? names[0] : names[1];
            ((ObjectNode) registration.get("service")).put("organization", inLanguage[random.nextInt(inLanguage.length)]);
            return true;
        }
    },
    /**
     * A Persian name or place written in both scripts, as bilingual lists write it: علی (Ali),
     * Karimi / کریمی; the Latin spelling ICU's BGN/PCGN romanisation gives it.
     */
    NAMES_IN_BOTH_SCRIPTS("names-in-both-scripts", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return withRomanised(registration, (person, field, persian, latin) -> {
                String capital = latin.isEmpty() ? latin : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
                person.put(field, random.nextBoolean() ? persian + " (" + capital + ")" : capital + " / " + persian);
            });
        }
    },
    /**
     * A bilingual list's two columns for a Persian name or place, the Persian spelling and the Latin
     * one (ICU's BGN/PCGN romanisation) under the field's name with its script after it
     * (givenName_fa, givenName_en), in either order; the schema's own column left out.
     */
    BILINGUAL_COLUMNS("bilingual-columns", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return withRomanised(registration, (person, field, persian, latin) -> {
                person.remove(field);
                if (random.nextBoolean()) {
                    person.put(field + "_fa", persian).put(field + "_en", latin);
                } else {
                    person.put(field + "_en", latin).put(field + "_fa", persian);
                }
            });
        }
    },
    /**
     * The branch written into the organisation's field, the branch's own field left out, as lists
     * with one column for where a person serves write it: the branch alone when its name says the
     * organisation (نیروی زمینی ارتش, وزارت کشور, سازمان اطلاعات سپاه), otherwise with the
     * organisation's name as the registration's language puts it (نیروی زمینی سپاه, IRGC Ground
     * Force, Ground Force (IRGC), IRGC - Ground Force; a ministry as وزارت کشور or Ministry of
     * Interior).
     */
    ORGANIZATION_WITH_BRANCH("organization-with-branch", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            if (!(registration.get("service") instanceof ObjectNode service)) {
                return false;
            }
            String organization = service.path("organization").asString("");
            String branch = service.path("branch").asString("").strip();
            String[] names = BRANCH_WITH_ORGANIZATION.get(organization);
            if (branch.isEmpty() || names == null) {
                return false;
            }
            String written;
            if (Organization.read(branch).filter(named -> named.wireName().equals(organization)).isPresent()) {
                written = branch;
            } else if (PersianNames.hasArabicScript(branch)) {
                written = organization.equals("MINISTRY") ? names[0] + " " + branch : branch + " " + names[0];
            } else if (organization.equals("MINISTRY")) {
                written = names[1] + " of " + branch;
            } else {
                written = switch (random.nextInt(3)) {
                    case 0 -> names[1] + " " + branch;
                    case 1 -> branch + " (" + names[1] + ")";
                    default -> names[1] + " - " + branch;
                };
            }
            service.put("organization", written);
            service.remove("branch");
            return true;
        }
    },
    /**
     * The registration as a partner's database or spreadsheet exports it: one flat row, the
     * person's and the service's fields beside the registration's own under the export's column
     * names (given_name, Surname, Father's Name, national_code, date_of_birth, Organisation …), the
     * birth year as a date, the national ID as text a data tool held as a decimal (1234567891.0),
     * and a family of one as an object rather than an array of one.
     */
    PARTNER_EXPORT("partner-export", true) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            if (!(registration.get("person") instanceof ObjectNode) && !(registration.get("service") instanceof ObjectNode)) {
                return false;
            }
            for (String object : new String[] {"person", "service"}) {
                if (registration.remove(object) instanceof ObjectNode fields) {
                    fields.properties().forEach(field -> registration.set(EXPORT_COLUMNS.getOrDefault(field.getKey(), field.getKey()),
                            exported(field.getKey(), field.getValue(), random)));
                }
            }
            if (registration.get("family") instanceof ArrayNode family && family.size() == 1) {
                registration.set("family", family.get(0));
            }
            return true;
        }

        private JsonNode exported(String field, JsonNode value, Random random) {
            if (field.equals("birthYear") && value.isIntegralNumber()) {
                int year = value.asInt();
                return StringNode.valueOf(random.nextBoolean() ? year + "-07-01" : "01/07/" + year);
            }
            if (field.equals("nationalId") && value.isString() && value.asString().matches("[0-9]+")) {
                return StringNode.valueOf(value.asString() + ".0");
            }
            return value;
        }
    },
    /** A Latin given name written as its initial (M. for Mohammad). */
    GIVEN_NAME_INITIALS("given-name-initials", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return initial(registration, "givenName");
        }
    },
    /** A Latin father's name written as its initial. */
    FATHER_INITIALS("father-initials", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            return initial(registration, "fatherName");
        }
    },
    /**
     * A birth place in a city of the gazetteer written as its province, when the province is not
     * named after a city (Ahvaz as Khuzestan, رشت as گیلان).
     */
    PROVINCE_FOR_BIRTH_PLACE("province-for-birth-place", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            String place = personText(registration, "birthPlace");
            String province = place == null ? null : Provinces.ofCity(Places.find(PersianNames.key(place)));
            if (province == null || Places.find(PersianNames.key(province)) != null) {
                return false;
            }
            ((ObjectNode) registration.get("person")).put("birthPlace", PersianNames.hasArabicScript(place) ? province : Provinces.englishName(province));
            return true;
        }
    },
    /**
     * The free texts typed again by hand: a slip every forty letters or so (two neighbouring
     * letters swapped, or one left out), as a text copied from a script on a phone comes out. A
     * flood typed so is one flood still; with {@code --share 1} every flood is.
     */
    RETYPED_TEXTS("retyped-texts", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            boolean changed = false;
            for (String field : new String[] {"narrative", "access"}) {
                JsonNode value = registration.get(field);
                if (value != null && value.isString() && value.asString().length() >= 40) {
                    registration.put(field, withSlips(value.asString(), random));
                    changed = true;
                }
            }
            return changed;
        }
    },
    /**
     * The narrative without one of its sentences, a different one each time: a flood's copies
     * trimmed in different places, so that two copies share too little to be near-duplicates of
     * each other. With {@code --share 1} every copy of every flood is trimmed so.
     */
    SENTENCE_LEFT_OUT("sentence-left-out", false) {
        @Override
        public boolean apply(ObjectNode registration, Random random) {
            JsonNode value = registration.get("narrative");
            if (value == null || !value.isString()) {
                return false;
            }
            String[] sentences = SENTENCE_END.split(value.asString().strip());
            if (sentences.length < 3) {
                return false;
            }
            int left = random.nextInt(sentences.length);
            StringBuilder kept = new StringBuilder();
            for (int i = 0; i < sentences.length; i++) {
                if (i != left) {
                    kept.append(kept.isEmpty() ? "" : " ").append(sentences[i]);
                }
            }
            registration.put("narrative", kept.toString());
            return true;
        }
    };

    /** Where one sentence ends and the next begins: after a full stop, question or exclamation mark (Latin or Persian) and a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟])\\s+");

    /** The ways of writing that keep everything the registration said. */
    public static final List<Rewrite> KEEPING_WHAT_WAS_SAID = Arrays.stream(values()).filter(Rewrite::keepsWhatWasSaid).toList();

    private static final String[] PERSON_TEXT = {"givenName", "familyName", "fatherName", "birthPlace"};
    /** Per wire name, the names Persian and English lists give the organisation. */
    private static final Map<String, String[][]> ORGANIZATION_NAMES_WRITTEN = Map.of(
            "IRGC", new String[][] {{"سپاه", "سپاه پاسداران"}, {"Sepah", "Revolutionary Guards", "Islamic Revolutionary Guard Corps"}},
            "ARTESH", new String[][] {{"ارتش"}, {"Army", "Islamic Republic of Iran Army"}},
            "FARAJA", new String[][] {{"ناجا", "نیروی انتظامی"}, {"Police", "NAJA"}},
            "BASIJ", new String[][] {{"بسیج"}, {"Basij Resistance Force"}},
            "MOIS", new String[][] {{"وزارت اطلاعات", "واجا"}, {"Ministry of Intelligence", "VAJA"}},
            "JUDICIARY", new String[][] {{"قوه قضاییه", "دادگستری"}, {"Judiciary of Iran"}},
            "MINISTRY", new String[][] {{"وزارتخانه"}, {"Government ministry"}},
            "CLERGY", new String[][] {{"روحانیت", "حوزه علمیه"}, {"Seminary"}},
            "DIPLOMATIC", new String[][] {{"وزارت امور خارجه"}, {"Ministry of Foreign Affairs", "Foreign Ministry"}},
            "OTHER", new String[][] {{"سایر"}, {"Other"}});
    /** An organisation's name beside a branch's, in Persian and in English, for {@link #ORGANIZATION_WITH_BRANCH}. */
    private static final Map<String, String[]> BRANCH_WITH_ORGANIZATION = Map.of("IRGC", new String[] {"سپاه", "IRGC"},
            "ARTESH", new String[] {"ارتش", "Army"}, "FARAJA", new String[] {"فراجا", "FARAJA"}, "BASIJ", new String[] {"بسیج", "Basij"},
            "MOIS", new String[] {"وزارت اطلاعات", "MOIS"}, "JUDICIARY", new String[] {"قوه قضاییه", "Judiciary"},
            "MINISTRY", new String[] {"وزارت", "Ministry"}, "CLERGY", new String[] {"روحانیت", "Clergy"},
            "DIPLOMATIC", new String[] {"وزارت امور خارجه", "Foreign Ministry"});
    private static final String[] SERVICE_TEXT = {"branch", "unit", "rank", "position", "province"};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The column names a partner's export gives the person's and the service's fields. */
    private static final Map<String, String> EXPORT_COLUMNS = Map.of("givenName", "given_name", "familyName", "Surname",
            "fatherName", "Father's Name", "birthYear", "date_of_birth", "birthPlace", "place_of_birth", "nationalId", "national_code",
            "organization", "Organisation", "yearsOfService", "years_of_service", "unit", "Unit", "rank", "Rank");

    private final String label;
    private final boolean keepsWhatWasSaid;

    Rewrite(String label, boolean keepsWhatWasSaid) {
        this.label = label;
        this.keepsWhatWasSaid = keepsWhatWasSaid;
    }

    /** The name a user gives on the command line. */
    public String label() {
        return label;
    }

    /** Whether the rewrite keeps everything the registration said, so that vetting must read it exactly as before. */
    public boolean keepsWhatWasSaid() {
        return keepsWhatWasSaid;
    }

    /** Writes a Persian name or place anew, given its Latin spelling. */
    private interface NameWriter {
        void write(ObjectNode person, String field, String persian, String latin);
    }

    /**
     * Hands each of the person's names and birth place written in Persian letters only (one with
     * a Latin letter slipped in is not written twice) to {@code writer} with its romanisation by
     * ICU's BGN/PCGN rules; whether there was one.
     */
    private static boolean withRomanised(ObjectNode registration, NameWriter writer) {
        if (!(registration.get("person") instanceof ObjectNode person)) {
            return false;
        }
        boolean changed = false;
        for (String field : new String[] {"givenName", "familyName", "fatherName", "birthPlace"}) {
            String persian = person.path(field).asString("");
            if (PersianNames.hasArabicScript(persian) && persian.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
                writer.write(person, field, persian, PersianNames.romanised(persian).strip());
                changed = true;
            }
        }
        return changed;
    }

    public static Rewrite of(String label) {
        for (Rewrite rewrite : values()) {
            if (rewrite.label.equals(label)) {
                return rewrite;
            }
        }
        throw new IllegalArgumentException("no rewrite called '" + label + "'; there are: "
                + String.join(", ", Arrays.stream(values()).map(Rewrite::label).toList()));
    }

    /** Rewrites the registration in place; whether anything changed. By default every text field, one at a time. */
    public boolean apply(ObjectNode registration, Random random) {
        boolean changed = false;
        changed |= rewriteTexts(registration.get("person"), PERSON_TEXT, random);
        changed |= rewriteTexts(registration.get("service"), SERVICE_TEXT, random);
        changed |= rewriteTexts(registration, new String[] {"narrative", "access"}, random);
        return changed;
    }

    /** A text field's new form; the same text when it does not apply. */
    String text(String value, Random random) {
        return value;
    }

    private boolean rewriteTexts(JsonNode parent, String[] fields, Random random) {
        if (!(parent instanceof ObjectNode object)) {
            return false;
        }
        boolean changed = false;
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && value.isString() && !value.asString().isBlank()) {
                String rewritten = text(value.asString(), random);
                if (!rewritten.equals(value.asString())) {
                    object.put(field, rewritten);
                    changed = true;
                }
            }
        }
        return changed;
    }

    static String personText(ObjectNode registration, String field) {
        JsonNode value = registration.path("person").path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    /** One of the titles (Persian or Latin, as the father's name is written) before the father's name. */
    private static boolean titleBeforeFather(ObjectNode registration, Random random, String[] persian, String[] latin) {
        String father = personText(registration, "fatherName");
        if (father == null) {
            return false;
        }
        String[] titles = PersianNames.hasArabicScript(father) ? persian : latin;
        ((ObjectNode) registration.get("person")).put("fatherName", titles[random.nextInt(titles.length)] + " " + father);
        return true;
    }

    private static boolean intoOneField(ObjectNode registration, boolean familyFirst) {
        String given = personText(registration, "givenName");
        String family = personText(registration, "familyName");
        if (given == null || family == null) {
            return false;
        }
        ObjectNode person = (ObjectNode) registration.get("person");
        person.put("givenName", familyFirst ? family + " " + given : given + " " + family);
        person.put("familyName", "");
        return true;
    }

    private static boolean initial(ObjectNode registration, String field) {
        String name = personText(registration, field);
        if (name == null || PersianNames.hasArabicScript(name) || name.length() < 3 || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        ((ObjectNode) registration.get("person")).put(field, Character.toUpperCase(name.charAt(0)) + ".");
        return true;
    }

    /** A slip every forty letters: two neighbours swapped, or one left out. */
    private static String withSlips(String text, Random random) {
        StringBuilder copy = new StringBuilder(text);
        for (int slip = 0; slip < text.length() / 40 && copy.length() > 2; slip++) {
            int at = random.nextInt(copy.length() - 1);
            if (random.nextBoolean()) {
                char c = copy.charAt(at);
                copy.setCharAt(at, copy.charAt(at + 1));
                copy.setCharAt(at + 1, c);
            } else {
                copy.deleteCharAt(at);
            }
        }
        return copy.toString();
    }

    private static boolean isPersianLetter(char c) {
        return c >= '\u0621' && c <= '\u064A' || c >= '\u067E' && c <= '\u06CC';
    }

    /** A Persian letter that joins the one after it (not ا د ذ ر ز ژ و, which never do). */
    private static boolean joinsTheNext(char c) {
        return isPersianLetter(c) && "اآأإدذرزژوؤة".indexOf(c) < 0;
    }
}
