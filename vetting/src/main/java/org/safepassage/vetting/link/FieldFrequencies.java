package org.safepassage.vetting.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How common each name is among the records, per field, so that sharing a rare name counts for
 * more than sharing "Mohammad". Counts are of name skeletons.
 */
public final class FieldFrequencies {

    private final Map<String, Integer> given = new HashMap<>();
    private final Map<String, Integer> family = new HashMap<>();
    private final Map<String, Integer> father = new HashMap<>();
    private final Map<String, Integer> year = new HashMap<>();
    private final Map<String, Integer> organization = new HashMap<>();
    private final Map<String, Integer> place = new HashMap<>();
    private int records;

    public synchronized void add(PersonRecord record) {
        records++;
        count(given, record.given().skeleton());
        count(family, record.family().skeleton());
        count(father, record.father().skeleton());
        count(year, record.birthYear() == null ? "" : record.birthYear().toString());
        count(organization, record.organization() == null ? "" : record.organization());
        count(place, record.birthPlace().skeleton());
    }

    public void addAll(List<PersonRecord> all) {
        all.forEach(this::add);
    }

    private static void count(Map<String, Integer> counts, String key) {
        if (!key.isEmpty()) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    /** The share of records whose field has this value (never zero). */
    public double given(String skeleton) {
        return share(given, skeleton);
    }

    public double family(String skeleton) {
        return share(family, skeleton);
    }

    public double father(String skeleton) {
        return share(father, skeleton);
    }

    public double year(int value) {
        return share(year, Integer.toString(value));
    }

    public double organization(String value) {
        return share(organization, value);
    }

    public double place(String skeleton) {
        return share(place, skeleton);
    }

    public int records() {
        return records;
    }

    private double share(Map<String, Integer> counts, String key) {
        int count = counts.getOrDefault(key, 0);
        return Math.max(1, count) / (double) Math.max(records, 1000);
    }
}
