package org.safepassage.vetting.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * Places and every name each goes by, from a table of this package (a Persian name, then Latin
 * spellings, English exonyms and former names still in use, separated by |), reduced to name keys:
 * a place written in any of them is the same place, and two places are different whatever their
 * spellings. A key two places share is left out (it says nothing).
 */
final class Gazetteer {

    /** Every name of each place as the table lists them, by name key. */
    private final Map<String, List<NameKey>> keysOfPlace;
    /** The place of each name key, those two places share left out. */
    private final Map<String, String> placeOfSkeleton;
    /**
     * The same with the letters romanisations swap made one ({@link LatinSpelling#mergeSwappedLetters}):
     * for a Latin spelling the table does not list (Hoy for Khoy, Gazvin for Qazvin).
     */
    private final Map<String, String> placeOfMergedSkeleton;
    /**
     * The place of the other reading of a name the table lists ({@link NameKey#alternativeSkeleton}:
     * قائم‌شهر with its seat read as ی, as in Qaimshahr), where no name the table lists reads so; and
     * the same with the swapped letters made one.
     */
    private final Map<String, String> placeOfOtherReading;
    private final Map<String, String> placeOfMergedOtherReading;

    Gazetteer(String table) {
        keysOfPlace = keysOfPlaces(table);
        placeOfSkeleton = placeOfSkeleton(NameKey::skeleton);
        placeOfMergedSkeleton = placeOfSkeleton(key -> LatinSpelling.mergeSwappedLetters(key.skeleton()));
        placeOfOtherReading = otherReadings(NameKey::alternativeSkeleton, placeOfSkeleton);
        placeOfMergedOtherReading = otherReadings(key -> LatinSpelling.mergeSwappedLetters(key.alternativeSkeleton()),
                placeOfMergedSkeleton);
    }

    private Map<String, String> otherReadings(Function<NameKey, String> reading, Map<String, String> firstReadings) {
        Map<String, String> places = new HashMap<>(placeOfSkeleton(reading));
        places.keySet().removeAll(firstReadings.keySet());
        return Map.copyOf(places);
    }

    private static Map<String, List<NameKey>> keysOfPlaces(String table) {
        Map<String, List<NameKey>> keys = new HashMap<>();
        for (String[] row : TabSeparated.rows(Gazetteer.class, table)) {
            List<NameKey> names = new ArrayList<>();
            names.add(PersianNames.key(row[0]));
            for (String name : row[1].split("\\|")) {
                names.add(PersianNames.key(name));
            }
            keys.put(row[0], List.copyOf(names));
        }
        return Map.copyOf(keys);
    }

    private Map<String, String> placeOfSkeleton(Function<NameKey, String> skeleton) {
        Map<String, String> places = new HashMap<>();
        Set<String> shared = new HashSet<>();
        keysOfPlace.forEach((place, names) -> names.forEach(name -> add(places, shared, skeleton.apply(name), place)));
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

    /** The places the table lists, by their Persian names. */
    Set<String> places() {
        return keysOfPlace.keySet();
    }

    /** The place a name is (its Persian name), or null when the table does not know it. */
    String find(NameKey key) {
        if (key.isEmpty()) {
            return null;
        }
        String place = lookUp(placeOfSkeleton, placeOfOtherReading, key.skeleton(), key.alternativeSkeleton());
        if (place != null || key.fromPersianScript()) {
            return place;
        }
        // a Latin spelling that wrote g for ق or h for خ
        return lookUp(placeOfMergedSkeleton, placeOfMergedOtherReading, LatinSpelling.mergeSwappedLetters(key.skeleton()),
                LatinSpelling.mergeSwappedLetters(key.alternativeSkeleton()));
    }

    /** A place by the name's reading among the table's, then among their other readings, then by the name's other reading. */
    private static String lookUp(Map<String, String> places, Map<String, String> otherReadings, String reading, String otherReading) {
        String place = places.get(reading);
        if (place == null) {
            place = otherReadings.get(reading);
        }
        if (place == null && !otherReading.isEmpty()) {
            place = places.get(otherReading);
        }
        return place;
    }

    /**
     * The places a spelling the table does not know is one slip from, by any of their names
     * (سلوه from ساوه, یاسپج from یاسوج): it may be one of them misspelt, and is not another place.
     * Empty for a name the table knows, or one far from every place.
     */
    Set<String> oneSlipFrom(NameKey key) {
        if (key.isEmpty() || find(key) != null) {
            return Set.of();
        }
        Set<String> near = new HashSet<>();
        keysOfPlace.forEach((place, names) -> {
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
