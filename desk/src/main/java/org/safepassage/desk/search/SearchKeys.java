package org.safepassage.desk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.text.Digits;
import org.safepassage.vetting.names.NameKey;
import org.safepassage.vetting.names.NameTitles;
import org.safepassage.vetting.names.PersianNames;
import org.safepassage.vetting.names.VisibleText;

/**
 * The keys a registration is found by: its names reduced as linking reduces them ({@link PersianNames}),
 * and its national ID's digits. A Persian name with or without its zero-width non-joiner, with a
 * space, in Arabic letter variants or in a common Latin spelling reduces to one skeleton, so any of
 * those spellings typed into the search finds it.
 */
public final class SearchKeys {

    /** Bumped whenever the keys are made differently: registrations indexed under an older version are indexed again. */
    public static final int VERSION = 10;

    /** Which part of a registration a key comes from; shown as "matched on …", never the value itself. */
    public enum Field {
        GIVEN("given", "given name"),
        FAMILY("family", "family name"),
        FATHER("father", "father's name"),
        FULL("full", "full name"),
        REVERSED("reversed", "full name"),
        NATIONAL_ID("national_id", "national ID"),
        /** A word or number of the unit, for the unit filter: not a masked field. */
        UNIT("unit", "unit");

        private final String column;
        private final String words;

        Field(String column, String words) {
            this.column = column;
            this.words = words;
        }

        public String column() {
            return column;
        }

        public String words() {
            return words;
        }

        public static Field ofColumn(String column) {
            for (Field field : values()) {
                if (field.column.equals(column)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("unknown search key field: " + column);
        }
    }

    /** One row of the index. */
    public record Key(Field field, String skeleton, String folded) {
    }

    private SearchKeys() {
    }

    /**
     * Every key of a registration, without repeats; its names read as vetting reads them
     * ({@link VisibleText}: marks that show nothing left out, a name written in both scripts as one).
     */
    public static List<Key> of(Registration registration) {
        Registration shown = VisibleText.of(registration);
        Person person = shown.person() == null ? Person.ANONYMOUS : shown.person();
        Map<String, Key> keys = new LinkedHashMap<>();
        // a title before the given name (Seyed, Haj) is on some registrations only: found with and without it
        String given = NameTitles.strip(person.givenName());
        add(keys, Field.GIVEN, person.givenName());
        add(keys, Field.GIVEN, given);
        add(keys, Field.FAMILY, person.familyName());
        add(keys, Field.FATHER, person.fatherName());
        if (present(given) && present(person.familyName())) {
            add(keys, Field.FULL, given + " " + person.familyName());
            add(keys, Field.REVERSED, person.familyName() + " " + given);
            addParts(keys, Field.FULL, given, person.familyName());
            addParts(keys, Field.REVERSED, person.familyName(), given);
        }
        String nationalId = nationalIdDigits(person.nationalId());
        if (registration.service() != null) {
            for (String token : unitTokens(registration.service().unit())) {
                keys.putIfAbsent(Field.UNIT.column() + "|" + token, new Key(Field.UNIT, token, token));
            }
        }
        if (nationalId != null) {
            keys.put(Field.NATIONAL_ID.column() + "|" + nationalId, new Key(Field.NATIONAL_ID, nationalId, nationalId));
        }
        return List.copyOf(keys.values());
    }

    /**
     * The skeletons a typed name is looked up by: those of the whole ({@link #readings}: its own, its
     * other reading, a Latin g read as q), those of the name without a leading title (Seyed, Haj),
     * and, where it has several words, those of each way of cutting it in two, the two parts read
     * apart and joined by a space as a registration's full name is ({@link #of}): a name whose two
     * parts are each in their other reading (Fayezeh Qaimi for فائزه قائمی) or one in its other
     * reading and one not (Fayezeh Ghaemi) is found. Empty when nothing in it can be a name.
     */
    public static List<String> skeletonsOf(String typed) {
        List<String> skeletons = new ArrayList<>(readings(typed));
        if (skeletons.isEmpty()) {
            return skeletons;
        }
        String[] words = typed.strip().split("\\s+");
        if (words.length > 1 && words.length <= MAX_WORDS_CUT) {
            for (int cut = 1; cut < words.length; cut++) {
                String first = String.join(" ", Arrays.copyOfRange(words, 0, cut));
                String second = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
                for (String joined : joinedReadings(first, second)) {
                    addNew(skeletons, joined);
                }
            }
        }
        String untitled = NameTitles.strip(typed);
        if (!untitled.equals(typed.strip())) {
            for (String more : skeletonsOf(untitled)) {
                addNew(skeletons, more);
            }
        }
        return skeletons;
    }

    /**
     * The skeletons one name is read by, as linking reads it ({@link NameKey#sameSkeleton}): its own,
     * its other reading, and for a Latin spelling each of those with its g read as q (Gasemi, Sadeg
     * for قاسمی صادق: Persian ق and غ are written g too, while Persian script keeps گ apart).
     */
    static List<String> readings(String name) {
        NameKey key = PersianNames.key(name);
        List<String> readings = new ArrayList<>(4);
        addNew(readings, key.skeleton());
        addNew(readings, key.alternativeSkeleton());
        if (!key.fromPersianScript()) {
            for (String reading : List.copyOf(readings)) {
                addNew(readings, reading.replace('g', 'q'));
            }
        }
        return readings;
    }

    /** Every reading of the first part with every reading of the second, joined by a space. */
    private static List<String> joinedReadings(String first, String second) {
        List<String> joined = new ArrayList<>();
        List<String> secondReadings = readings(second);
        for (String a : readings(first)) {
            for (String b : secondReadings) {
                joined.add(a + " " + b);
            }
        }
        return joined;
    }

    /** Words beyond this are not cut (a name has a handful; a pasted sentence is looked up whole). */
    private static final int MAX_WORDS_CUT = 6;

    private static void addNew(List<String> skeletons, String skeleton) {
        if (!skeleton.isEmpty() && !skeletons.contains(skeleton)) {
            skeletons.add(skeleton);
        }
    }

    /** The folded spelling of a typed name: a registration written the same way ranks first. */
    public static String foldedOf(String typed) {
        return PersianNames.key(typed).folded();
    }

    /** A national ID's ten digits in ASCII, or null when it has not ten digits. */
    public static String nationalIdDigits(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = Digits.toAscii(raw).replaceAll("[^0-9]", "");
        return digits.length() == 10 ? digits : null;
    }

    /**
     * The words and numbers of a unit, as the unit filter matches them: Persian letter variants and
     * digits in one form, lower case; a number apart from the letters around it (لشکر۲۷, 27th), an
     * English ordinal's ending dropped (27th is 27), single letters left out.
     */
    public static List<String> unitTokens(String unit) {
        if (unit == null || unit.isBlank()) {
            return List.of();
        }
        String canonical = PersianNames.canonicalPersian(unit).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        Matcher part = UNIT_PART.matcher(canonical);
        String previous = "";
        while (part.find()) {
            String token = part.group();
            boolean afterNumber = !previous.isEmpty() && Character.isDigit(previous.charAt(0));
            boolean ordinalEnding = afterNumber && ORDINAL_ENDINGS.contains(token);
            boolean number = Character.isDigit(token.charAt(0));
            if (!ordinalEnding && (number || token.length() >= 2) && token.length() <= 200 && !tokens.contains(token)) {
                tokens.add(token);
            }
            previous = token;
        }
        return tokens;
    }

    private static final java.util.regex.Pattern UNIT_PART = java.util.regex.Pattern.compile("\\p{N}+|\\p{L}+");
    private static final java.util.Set<String> ORDINAL_ENDINGS = java.util.Set.of("st", "nd", "rd", "th");

    private static void add(Map<String, Key> keys, Field field, String name) {
        if (!present(name)) {
            return;
        }
        String folded = limit(PersianNames.key(name).folded());
        for (String skeleton : readings(name)) {
            put(keys, field, skeleton, folded);
        }
    }

    /** A full name's keys with its two parts read apart, each in any of its readings, joined by a space. */
    private static void addParts(Map<String, Key> keys, Field field, String first, String second) {
        String folded = limit(PersianNames.key(first + " " + second).folded());
        for (String skeleton : joinedReadings(first, second)) {
            put(keys, field, skeleton, folded);
        }
    }

    private static void put(Map<String, Key> keys, Field field, String skeleton, String folded) {
        if (skeleton.length() <= 200) {
            keys.putIfAbsent(field.column() + "|" + skeleton, new Key(field, skeleton, folded));
        }
    }

    private static String limit(String folded) {
        return folded.length() <= 400 ? folded : folded.substring(0, 400);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
