package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Links new registrations against everything already held, as each batch arrives: the blocks and
 * name frequencies of the records so far stay in memory, and only pairs that involve a new record
 * are compared. Returns the links at or above the threshold with their reasons; deciding which
 * registrations make one case stays with the analyst.
 */
public final class IncrementalLinker {

    private final List<PersonRecord> records = new ArrayList<>();
    private final Map<String, Linker.IntList> blocks = new HashMap<>();
    /**
     * Blocks past their cap split by organisation, as {@link Blocks} splits them for a batch
     * ({@link Blocking#splitByOrganization}): made when a newcomer first finds its block full.
     */
    private final Map<String, Map<String, Linker.IntList>> splits = new HashMap<>();
    private final FieldFrequencies frequencies = new FieldFrequencies();
    private final PairComparator comparator;

    public IncrementalLinker(LinkageModel model) {
        this.comparator = new PairComparator(frequencies, model);
    }

    public synchronized int size() {
        return records.size();
    }

    /**
     * Takes records already linked earlier (their links are stored elsewhere) into the index
     * without comparing them: what a desk does once, at start, with everything it holds.
     */
    public synchronized void hold(List<PersonRecord> earlier) {
        for (PersonRecord record : earlier) {
            PersonRecord indexed = reindexed(record);
            records.add(indexed);
            frequencies.add(indexed);
            if (!indexed.named() && indexed.nationalId() == null) {
                continue;
            }
            for (String key : Blocking.keys(indexed)) {
                index(key, indexed);
            }
        }
    }

    /**
     * Adds records built with {@link PersonRecord#of} (their index is ignored: each gets the next
     * free one) and returns the links of the new ones, to each other and to those held before.
     */
    public synchronized List<Link> add(List<PersonRecord> newcomers) {
        List<PersonRecord> added = new ArrayList<>(newcomers.size());
        for (PersonRecord record : newcomers) {
            PersonRecord indexed = reindexed(record);
            records.add(indexed);
            frequencies.add(indexed);
            added.add(indexed);
        }
        double threshold = comparator.threshold();
        Set<Long> compared = new HashSet<>();
        List<Link> links = new ArrayList<>();
        for (PersonRecord record : added) {
            if (!record.named() && record.nationalId() == null) {
                continue;
            }
            for (String key : Blocking.keys(record)) {
                Linker.IntList block = blocks.computeIfAbsent(key, k -> new Linker.IntList());
                if (block.size >= Blocking.maxBlock(key)) {
                    block = partOf(key, block, record);
                }
                if (block != null && block.size < Blocking.maxBlock(key)) {
                    for (int i = 0; i < block.size; i++) {
                        PersonRecord other = records.get(block.values[i]);
                        if (!compared.add(Linker.pair(record.index(), other.index()))) {
                            continue;
                        }
                        double weight = comparator.compare(record, other);
                        if (weight >= threshold) {
                            List<Evidence> evidence = new ArrayList<>();
                            comparator.compare(record, other, evidence);
                            links.add(Link.between(other, record, weight, evidence));
                        }
                    }
                }
                index(key, record);
            }
        }
        return links;
    }

    /** Adds the record to the block of the key, and to its organisation's part once the block is split. */
    private void index(String key, PersonRecord record) {
        blocks.computeIfAbsent(key, k -> new Linker.IntList()).add(record.index());
        Map<String, Linker.IntList> split = splits.get(key);
        if (split != null && record.organization() != null) {
            split.computeIfAbsent(record.organization(), o -> new Linker.IntList()).add(record.index());
        }
    }

    /**
     * The part of a full block that serves in the record's organisation, the block split on first
     * need; null when the key's blocks are not split, the record names no organisation or none of
     * the block serves in it.
     */
    private Linker.IntList partOf(String key, Linker.IntList block, PersonRecord record) {
        if (!Blocking.splitByOrganization(key) || record.organization() == null) {
            return null;
        }
        Map<String, Linker.IntList> split = splits.computeIfAbsent(key, k -> {
            Map<String, Linker.IntList> parts = new HashMap<>();
            for (int i = 0; i < block.size; i++) {
                String organization = records.get(block.values[i]).organization();
                if (organization != null) {
                    parts.computeIfAbsent(organization, o -> new Linker.IntList()).add(block.values[i]);
                }
            }
            return parts;
        });
        return split.get(record.organization());
    }

    private PersonRecord reindexed(PersonRecord record) {
        return record.withIndex(records.size());
    }
}
