package org.safepassage.vetting.names;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A birth place written with more than the place: the country or the province after it (Tehran,
 * Iran; شیراز، فارس; Tabriz (East Azerbaijan)), as partner lists and people abroad write it. Read
 * as the place itself: the part the gazetteer knows as a city, or else the part that is neither a
 * country nor a province.
 */
public final class BirthPlaces {

    /** Commas (Latin and Persian), semicolons, brackets, slashes and a dash between spaces part a place's parts. */
    private static final Pattern PARTS = Pattern.compile("\\s*[,،;؛()\\[\\]/]\\s*|\\s+[-–—]\\s+");
    private static final Set<String> COUNTRY = Stream.of("Iran", "ایران", "IR Iran", "I.R. Iran", "IRI", "Islamic Republic of Iran",
                    "جمهوری اسلامی ایران", "Persia")
            .map(name -> PersianNames.key(name).folded()).collect(Collectors.toUnmodifiableSet());

    private BirthPlaces() {
    }

    /** The place a birth place field names, without a country or province written with it; the text as it is otherwise. */
    public static String place(String written) {
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
}
