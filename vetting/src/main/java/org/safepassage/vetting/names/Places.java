package org.safepassage.vetting.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * A gazetteer of Iranian cities ({@code places.tsv}): every name a city goes by — Persian, Latin
 * spellings, English exonyms, former names still in use (Urmia / Orumiyeh / Rezaiyeh / ارومیه) —
 * reduced to its name key, so that a birth place written in any of them is the same place, and
 * two different cities are different whatever their spellings. A key two cities share is left out
 * (it says nothing).
 */
public final class Places {

    /** Every name of each city as the gazetteer lists them, by name key. */
    private static final Map<String, List<NameKey>> KEYS_OF_PLACE = keysOfPlaces();
    /** The city of each name key, those two cities share left out. */
    private static final Map<String, String> PLACE_OF_SKELETON = placeOfSkeleton(NameKey::skeleton);
    /**
     * The same with the letters romanisations swap made one ({@link LatinSpelling#mergeSwappedLetters}):
     * for a Latin spelling the gazetteer does not list (Hoy for Khoy, Gazvin for Qazvin).
     */
    private static final Map<String, String> PLACE_OF_MERGED_SKELETON =
            placeOfSkeleton(key -> LatinSpelling.mergeSwappedLetters(key.skeleton()));

    private Places() {
    }

    private static Map<String, List<NameKey>> keysOfPlaces() {
        Map<String, List<NameKey>> keys = new HashMap<>();
        for (String[] row : TabSeparated.rows(Places.class, "places.tsv")) {
            List<NameKey> names = new ArrayList<>();
            names.add(PersianNames.key(row[0]));
            for (String name : row[1].split("\\|")) {
                names.add(PersianNames.key(name));
            }
            keys.put(row[0], List.copyOf(names));
        }
        return Map.copyOf(keys);
    }

    private static Map<String, String> placeOfSkeleton(Function<NameKey, String> skeleton) {
        Map<String, String> places = new HashMap<>();
        Set<String> shared = new HashSet<>();
        KEYS_OF_PLACE.forEach((place, names) -> names.forEach(name -> add(places, shared, skeleton.apply(name), place)));
        shared.forEach(places::remove);
        return Map.copyOf(places);
    }

    private static void add(Map<String, String> places, Set<String> shared, String skeleton, String place) {
        if (skeleton.isEmpty()) {
            return;
        }
        String earlier = places.putIfAbsent(skeleton, place);
        if (earlier != null && !earlier.equals(place)) {
            shared.add(skeleton);
        }
    }

    /** The city a place name is (its Persian name), or null when the gazetteer does not know it. */
    public static String find(NameKey key) {
        if (key.isEmpty()) {
            return null;
        }
        String place = PLACE_OF_SKELETON.get(key.skeleton());
        if (place != null || key.fromPersianScript()) {
            return place;
        }
        // a Latin spelling that wrote g for ق or h for خ
        return PLACE_OF_MERGED_SKELETON.get(LatinSpelling.mergeSwappedLetters(key.skeleton()));
    }

    /**
     * The cities a spelling the gazetteer does not know is one slip from, by any of their names
     * (سلوه from ساوه, یاسپج from یاسوج): it may be one of them misspelt, and is not another place.
     * Empty for a name the gazetteer knows, or one far from every city.
     */
    public static Set<String> oneSlipFrom(NameKey key) {
        if (key.isEmpty() || find(key) != null) {
            return Set.of();
        }
        Set<String> near = new HashSet<>();
        KEYS_OF_PLACE.forEach((place, names) -> {
            for (NameKey known : names) {
                boolean sameScript = known.fromPersianScript() == key.fromPersianScript();
                // in one script, letter for letter; across scripts, by skeleton (Persian script writes no short vowels)
                String x = sameScript ? known.folded() : known.skeleton();
                String y = sameScript ? key.folded() : key.skeleton();
                if (Math.min(x.length(), y.length()) >= (sameScript ? 4 : 3) && Edits.oneSlipApart(x, y)) {
                    near.add(place);
                    return;
                }
            }
        });
        return Set.copyOf(near);
    }
}
