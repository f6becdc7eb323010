package org.safepassage.vetting.names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * A gazetteer of Iranian cities ({@code places.tsv}): every name a city goes by — Persian, Latin
 * spellings, English exonyms, former names still in use (Urmia / Orumiyeh / Rezaiyeh / ارومیه) —
 * reduced to its name key, so that a birth place written in any of them is the same place, and
 * two different cities are different whatever their spellings. A key two cities share is left out
 * (it says nothing).
 */
public final class Places {

    private static final Map<String, String> PLACE_OF_SKELETON = load();

    private Places() {
    }

    private static Map<String, String> load() {
        Map<String, String> places = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (String[] row : TabSeparated.rows(Places.class, "places.tsv")) {
            String place = row[0];
            add(places, shared, PersianNames.key(place).skeleton(), place);
            for (String name : row[1].split("\\|")) {
                add(places, shared, PersianNames.key(name).skeleton(), place);
            }
        }
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
        return key.isEmpty() ? null : PLACE_OF_SKELETON.get(key.skeleton());
    }
}
