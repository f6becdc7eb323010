package org.safepassage.vetting.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * How common each name is among the records, per field, so that sharing a rare name counts for
 * more than sharing "Mohammad". Counts are of name skeletons.
 */
public final class FieldFrequencies implements RecordShares {

    private static final int FIRST_YEAR = 1850;
    private static final int LAST_YEAR = 2150;
    /** Fewer records than this are counted on one core: splitting them would cost more than it saves. */
    private static final int PART_FROM = 50_000;

    private final Map<String, Integer> given = new HashMap<>();
    private final Map<String, Integer> family = new HashMap<>();
    private final Map<String, Integer> father = new HashMap<>();
    /** Birth years counted by year, from {@link #FIRST_YEAR}: read on every comparison, so no boxing or hashing. */
    private final int[] year = new int[LAST_YEAR - FIRST_YEAR + 1];
    private final Map<String, Integer> organization = new HashMap<>();
    private final Map<String, Integer> place = new HashMap<>();
    private final Map<String, Integer> unit = new HashMap<>();
    private final Map<String, Integer> rank = new HashMap<>();
    /** Posts keyed by organisation and post, and how many records of each organisation name a post. */
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Integer> recordsWithPosition = new HashMap<>();
    private final Map<Integer, Integer> serviceYears = new HashMap<>();
    private int recordsWithRank;
    private int recordsWithServiceYears;
    private int records;
    /** How many records of each organisation name a unit. */
    private final Map<String, Integer> recordsWithUnit = new HashMap<>();
    /** Branches keyed by organisation and branch, and how many records of each organisation name a branch. */
    private final Map<String, Integer> branch = new HashMap<>();
    private final Map<String, Integer> recordsWithBranch = new HashMap<>();
    private final Map<String, Integer> province = new HashMap<>();
    private int recordsWithProvince;
    /** Narratives' sentences by key, each counted once per record, and how many records give a narrative. */
    private final Map<Long, Integer> sentences = new HashMap<>();
    private int recordsWithWords;

    public synchronized void add(PersonRecord record) {
        records++;
        count(given, record.given().skeleton());
        count(family, record.family().skeleton());
        count(father, record.father().skeleton());
        if (record.birthYear() != null && record.birthYear() >= FIRST_YEAR && record.birthYear() <= LAST_YEAR) {
            year[record.birthYear() - FIRST_YEAR]++;
        }
        count(organization, record.organization() == null ? "" : record.organization());
        count(place, record.placeKey());
        if (record.rank() != null) {
            recordsWithRank++;
            count(rank, record.rank().name());
        }
        if (record.unitKey() != null) {
            recordsWithUnit.merge(record.organization() == null ? "" : record.organization(), 1, Integer::sum);
            count(unit, record.unitKey());
        }
        if (record.position() != null) {
            String organizationKey = record.organization() == null ? "" : record.organization();
            recordsWithPosition.merge(organizationKey, 1, Integer::sum);
            count(position, organizationKey + "|" + record.position());
        }
        if (record.branch() != null) {
            String organizationKey = record.organization() == null ? "" : record.organization();
            recordsWithBranch.merge(organizationKey, 1, Integer::sum);
            count(branch, organizationKey + "|" + record.branch());
        }
        if (record.province() != null) {
            recordsWithProvince++;
            count(province, record.province());
        }
        if (!record.words().isEmpty()) {
            recordsWithWords++;
            for (long sentence : record.words().sentences()) {
                sentences.merge(sentence, 1, Integer::sum);
            }
        }
        if (record.yearsOfService() != null) {
            recordsWithServiceYears++;
            serviceYears.merge(record.yearsOfService(), 1, Integer::sum);
        }
    }

    /**
     * Counts every record of a list: a million are counted in parts, each on its own core into its
     * own counts, and the parts added together (a count does not depend on the order it was made in).
     */
    public void addAll(List<PersonRecord> all) {
        addAll(all, Math.min(ForkJoinPool.getCommonPoolParallelism() + 1, Math.max(1, all.size() / PART_FROM)));
    }

    /** Counts every record of a list in so many parts. */
    void addAll(List<PersonRecord> all, int parts) {
        if (parts == 1) {
            all.forEach(this::add);
            return;
        }
        List<FieldFrequencies> counted = IntStream.range(0, parts).parallel().mapToObj(part -> {
            FieldFrequencies counts = new FieldFrequencies();
            all.subList((int) ((long) all.size() * part / parts), (int) ((long) all.size() * (part + 1) / parts)).forEach(counts::add);
            return counts;
        }).toList();
        counted.forEach(this::addCounts);
    }

    /** Another's counts added to these. */
    private void addCounts(FieldFrequencies other) {
        records += other.records;
        recordsWithRank += other.recordsWithRank;
        recordsWithServiceYears += other.recordsWithServiceYears;
        recordsWithProvince += other.recordsWithProvince;
        recordsWithWords += other.recordsWithWords;
        for (int y = 0; y < year.length; y++) {
            year[y] += other.year[y];
        }
        addCounts(given, other.given);
        addCounts(family, other.family);
        addCounts(father, other.father);
        addCounts(organization, other.organization);
        addCounts(place, other.place);
        addCounts(unit, other.unit);
        addCounts(rank, other.rank);
        addCounts(position, other.position);
        addCounts(recordsWithPosition, other.recordsWithPosition);
        addCounts(serviceYears, other.serviceYears);
        addCounts(recordsWithUnit, other.recordsWithUnit);
        addCounts(branch, other.branch);
        addCounts(recordsWithBranch, other.recordsWithBranch);
        addCounts(province, other.province);
        addCounts(sentences, other.sentences);
    }

    private static <K> void addCounts(Map<K, Integer> into, Map<K, Integer> from) {
        from.forEach((key, count) -> into.merge(key, count, Integer::sum));
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
        return share(value >= FIRST_YEAR && value <= LAST_YEAR ? year[value - FIRST_YEAR] : 0);
    }

    public double organization(String value) {
        return share(organization, value);
    }

    public double place(String skeleton) {
        return share(place, skeleton);
    }

    /**
     * The share of records of an organisation naming a unit whose unit is this one: within the
     * organisation, as with posts, since units are compared only within one organisation and its
     * agreement is counted by itself.
     */
    public double unit(String organization, String unitKey) {
        return Math.max(1, unit.getOrDefault(unitKey, 0))
                / (double) Math.max(recordsWithUnit.getOrDefault(organization == null ? "" : organization, 0), 100);
    }

    /** The share of records naming a rank whose rank is this one. */
    public double rank(String name) {
        return Math.max(1, rank.getOrDefault(name, 0)) / (double) Math.max(recordsWithRank, 1000);
    }

    /**
     * The share of records of an organisation naming a post whose post is this one: within the
     * organisation, as the organisation's agreement is counted by itself (interrogators are all of
     * one ministry; that they agree on the ministry is already counted).
     */
    public double position(String organization, String post) {
        String organizationKey = organization == null ? "" : organization;
        return Math.max(1, position.getOrDefault(organizationKey + "|" + post, 0))
                / (double) Math.max(recordsWithPosition.getOrDefault(organizationKey, 0), 100);
    }

    /** The share of records of an organisation naming a branch whose branch is this one (within the organisation, as posts). */
    public double branch(String organization, String name) {
        String organizationKey = organization == null ? "" : organization;
        return Math.max(1, branch.getOrDefault(organizationKey + "|" + name, 0))
                / (double) Math.max(recordsWithBranch.getOrDefault(organizationKey, 0), 100);
    }

    /** The share of records naming a province whose province is this one. */
    public double province(String value) {
        return Math.max(1, province.getOrDefault(value, 0)) / (double) Math.max(recordsWithProvince, 1000);
    }

    /** The share of records giving their years of service that give this many. */
    public double serviceYears(Integer years) {
        return Math.max(1, serviceYears.getOrDefault(years, 0)) / (double) Math.max(recordsWithServiceYears, 1000);
    }

    /**
     * How likely another person's narrative is to be this one word for word: the product of the
     * shares of the narratives that hold each of its sentences, as if people chose their
     * sentences one by one.
     */
    @Override
    public double words(PersonRecord record) {
        double share = 1;
        int among = Math.max(recordsWithWords, 1000);
        for (long sentence : record.words().sentences()) {
            share *= Math.max(1, sentences.getOrDefault(sentence, 0)) / (double) among;
        }
        return Math.max(share, 1e-12);
    }

    @Override
    public double given(PersonRecord record) {
        return given(record.given().skeleton());
    }

    @Override
    public double family(PersonRecord record) {
        return family(record.family().skeleton());
    }

    @Override
    public double father(PersonRecord record) {
        return father(record.father().skeleton());
    }

    @Override
    public double givenAsEither(PersonRecord record) {
        return asEither(record.given().skeleton());
    }

    @Override
    public double familyAsEither(PersonRecord record) {
        return asEither(record.family().skeleton());
    }

    private double asEither(String skeleton) {
        return Math.max(given(skeleton), family(skeleton));
    }

    @Override
    public double organization(PersonRecord record) {
        return organization(record.organization() == null ? "" : record.organization());
    }

    @Override
    public double place(PersonRecord record) {
        return place(record.placeKey());
    }

    @Override
    public double unit(PersonRecord record) {
        return unit(record.organization(), record.unitKey());
    }

    @Override
    public double rank(PersonRecord record) {
        return rank(record.rank() == null ? null : record.rank().name());
    }

    @Override
    public double position(PersonRecord record) {
        return position(record.organization(), record.position());
    }

    @Override
    public double branch(PersonRecord record) {
        return branch(record.organization(), record.branch());
    }

    @Override
    public double province(PersonRecord record) {
        return province(record.province());
    }

    @Override
    public double serviceYears(PersonRecord record) {
        return serviceYears(record.yearsOfService());
    }

    /** How many records give this skeleton as a given or a father's name: whether it is a name people have. */
    public int asGivenName(String skeleton) {
        return given.getOrDefault(skeleton, 0) + father.getOrDefault(skeleton, 0);
    }

    public int records() {
        return records;
    }

    private double share(Map<String, Integer> counts, String key) {
        return share(counts.getOrDefault(key, 0));
    }

    private double share(int count) {
        return Math.max(1, count) / (double) Math.max(records, 1000);
    }
}
