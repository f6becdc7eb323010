package org.safepassage.vetting.names;

import java.util.Set;

/**
 * A gazetteer of Iranian cities ({@code places.tsv}): every name a city goes by — Persian, Latin
 * spellings, English exonyms, former names still in use (Urmia / Orumiyeh / Rezaiyeh / ارومیه) —
 * reduced to its name key, so that a birth place written in any of them is the same place, and
 * two different cities are different whatever their spellings.
 */
public final class Places {

    private static final Gazetteer CITIES = new Gazetteer("places.tsv");

    private Places() {
    }

    /** The city a place name is (its Persian name), or null when the gazetteer does not know it. */
    public static String find(NameKey key) {
        return CITIES.find(key);
    }

    /**
     * The cities a spelling the gazetteer does not know is one slip from, by any of their names
     * (سلوه from ساوه, یاسپج from یاسوج): it may be one of them misspelt, and is not another place.
     * Empty for a name the gazetteer knows, or one far from every city.
     */
    public static Set<String> oneSlipFrom(NameKey key) {
        return CITIES.oneSlipFrom(key);
    }
}
