package org.safepassage.vetting.names;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.safepassage.core.text.Remembered;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * Iran's provinces ({@code provinces.tsv}) and every name each goes by: a province written in
 * Persian, in any Latin spelling or in English, with or without the word for province, is the same
 * province (استان خراسان رضوی / Khorasan-e Razavi / Razavi Khorasan Province); a city of the
 * gazetteer written where the form asks for the province (Mashhad) is its province; a slip that
 * is one letter from one province only (Tehrsn) is that province.
 */
public final class Provinces {

    private static final String TABLE = "provinces.tsv";
    private static final Gazetteer PROVINCES = new Gazetteer(TABLE);
    /** Words around a province's name that are not the name: the word for province, and "and". */
    private static final Set<String> NOT_THE_NAME = Set.of("استان", "ostan", "ostane", "province", "prov",
            "and", "va", "o", "e", "و", "&");
    /** The word for province, which a registration misspells as often as the name ("Provicne", "استن"). */
    private static final Set<String> PROVINCE_WORDS = Set.of("استان", "ostan", "province");
    private static final Map<String, String> PROVINCE_OF_CITY = new HashMap<>();
    private static final Map<String, String> ENGLISH_NAME = new HashMap<>();
    /** A few hundred spellings among a million registrations: each is read once. */
    private static final Remembered<String> READ = new Remembered<>(Provinces::read, 100_000);

    static {
        for (String[] row : TabSeparated.rows(Provinces.class, TABLE)) {
            ENGLISH_NAME.put(row[0], row[1].split("\\|")[0]);
            for (String city : row[2].split("\\|")) {
                PROVINCE_OF_CITY.put(city, row[0]);
            }
        }
    }

    private Provinces() {
    }

    /** The province (its Persian name) that a registration's province field names, or null when it cannot be read as one. */
    public static String find(String written) {
        return written == null ? null : READ.get(written);
    }

    private static String read(String written) {
        NameKey key = PersianNames.key(withoutOtherWords(written));
        if (key.isEmpty()) {
            return null;
        }
        String province = PROVINCES.find(key);
        if (province != null) {
            return province;
        }
        String city = Places.find(key);
        if (city != null) {
            return PROVINCE_OF_CITY.get(city);
        }
        Set<String> near = PROVINCES.oneSlipFrom(key);
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /**
     * The province a text names by one of the province's own names (with or without the word for
     * province), as a birth place is written when it is a province (Khuzestan, استان گیلان); null
     * for anything else, a slip of a name among them too (a slip is read as a city's first). A
     * province named after its city (Tehran) is found as well: look the text up as a city first.
     */
    public static String named(String written) {
        if (written == null) {
            return null;
        }
        NameKey key = PersianNames.key(withoutOtherWords(written));
        return key.isEmpty() ? null : PROVINCES.find(key);
    }

    /** The province a city of the gazetteer (its Persian name) lies in; null for another place. */
    public static String ofCity(String city) {
        return city == null ? null : PROVINCE_OF_CITY.get(city);
    }

    /** A province's English name (Tehran, Razavi Khorasan), for reasons a desk officer reads. */
    public static String englishName(String province) {
        return ENGLISH_NAME.getOrDefault(province, province);
    }

    /** The provinces the table lists, by their Persian names. */
    static Set<String> all() {
        return PROVINCES.places();
    }

    private static boolean slipOfTheWordForProvince(String word) {
        for (String province : PROVINCE_WORDS) {
            if (word.length() >= 4 && Edits.oneSlipApart(word, province)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutOtherWords(String written) {
        if (written == null) {
            return null;
        }
        StringJoiner name = new StringJoiner(" ");
        for (String word : PersianNames.tokens(written)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && !NOT_THE_NAME.contains(lower) && !slipOfTheWordForProvince(lower)) {
                name.add(word);
            }
        }
        return name.toString();
    }
}
