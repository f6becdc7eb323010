package org.safepassage.vetting.names;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A birth place written with more than the place: the country or the province after it (Tehran,
 * Iran; شیراز، فارس; Tabriz (East Azerbaijan)), as partner lists and people abroad write it. Read
 * as the place itself: the part the gazetteer knows as a city, or else the part that is neither a
 * country nor a province. Words that say what kind of place it is are left out too, as forms ask
 * for a birth place and people answer with one: شهرستان دزفول (Dezful county), روستای قلعه نو
 * (the village of Qaleh No), Mashhad city. شهر (city) is also the first word of towns' names
 * (شهر کرد, شهر بابک): it is left out only before a place the gazetteer knows (شهر مشهد).
 */
public final class BirthPlaces {

    /** Commas (Latin and Persian), semicolons, brackets, slashes and a dash between spaces part a place's parts. */
    private static final Pattern PARTS = Pattern.compile("\\s*[,،;؛()\\[\\]/]\\s*|\\s+[-–—]\\s+");
    private static final Set<String> COUNTRY = Stream.of("Iran", "ایران", "IR Iran", "I.R. Iran", "IRI", "Islamic Republic of Iran",
                    "جمهوری اسلامی ایران", "Persia")
            .map(name -> PersianNames.key(name).folded()).collect(Collectors.toUnmodifiableSet());

    /** Words before a place that say what kind of place it is, the longest reading first. */
    private static final List<String> KIND_BEFORE = Stream.of("شهرستان", "روستای", "روستا", "دهستان", "بخش",
                    "city of", "town of", "village of", "county of", "district of", "the city of", "the village of",
                    "shahrestan-e", "shahrestane", "shahrestan", "rousta-ye", "roosta-ye", "rusta-ye", "roustaye", "roostaye", "rustaye")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** Words after a place that say what kind of place it is. */
    private static final List<String> KIND_AFTER = List.of("city", "town", "village", "county", "district");
    /** City: also the first word of towns' names. */
    private static final List<String> CITY = List.of("شهر", "shahr", "shahr-e");

    private BirthPlaces() {
    }

    /**
     * The place a birth place field names, without a country or province written with it and
     * without the words that say what kind of place it is; the text as it is otherwise.
     */
    public static String place(String written) {
        String place = placePart(written);
        return place == null ? null : withoutKindWords(place.strip());
    }

    private static String placePart(String written) {
        if (written == null || !PARTS.matcher(written).find()) {
            return written;
        }
        String[] parts = Stream.of(PARTS.split(written)).filter(part -> !part.isBlank()).toArray(String[]::new);
        if (parts.length < 2) {
            return parts.length == 1 ? parts[0] : written;
        }
        for (String part : parts) {
            if (Places.find(PersianNames.key(part)) != null) {
                return part;
            }
        }
        for (String part : parts) {
            if (!COUNTRY.contains(PersianNames.key(part).folded()) && Provinces.named(part) == null) {
                return part;
            }
        }
        return written;
    }

    private static String withoutKindWords(String place) {
        String lower = place.toLowerCase(Locale.ROOT);
        for (String word : KIND_BEFORE) {
            if (lower.length() > word.length() + 1 && lower.startsWith(word) && isBreak(lower.charAt(word.length()))) {
                return place.substring(word.length() + 1).strip();
            }
        }
        for (String word : KIND_AFTER) {
            int at = lower.length() - word.length();
            if (at > 1 && lower.endsWith(word) && isBreak(lower.charAt(at - 1))) {
                return place.substring(0, at - 1).strip();
            }
        }
        for (String word : CITY) {
            if (lower.length() > word.length() + 1 && lower.startsWith(word) && isBreak(lower.charAt(word.length()))) {
                String rest = place.substring(word.length() + 1).strip();
                if (Places.find(PersianNames.key(rest)) != null && Places.find(PersianNames.key(place)) == null) {
                    return rest;
                }
            }
        }
        return place;
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\u200C' || c == '-';
    }
}
