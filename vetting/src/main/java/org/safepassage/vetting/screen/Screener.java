package org.safepassage.vetting.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safepassage.vetting.names.PersianNames;

/**
 * Screens names, in any script, against reference lists. Each name is split into words and each
 * word reduced to its skeleton (see {@link PersianNames}); an inverted index of skeletons finds
 * the candidates that share a word of useful rarity, and each candidate is scored by the share of
 * both names' words that match, weighted by rarity (a shared "Mohammad" counts little), with
 * the birth year as extra evidence. Scores are in [0, 1]; every match carries its reasons.
 */
public final class Screener {

    /** The recommended threshold: see docs/vetting.md for the measured false-positive rate. */
    public static final double DEFAULT_THRESHOLD = 0.75;
    public static final int MAX_MATCHES = 10;

    private final List<ReferenceEntity> entities;
    private final List<IndexedName> names = new ArrayList<>();
    /** Marks an index key that is a whole name's joined skeleton, not one word's. */
    private static final String JOINED = "=";
    /** Marks an index key that is a Latin word as written (vowels kept): Lavrova, not the skeleton it shares with Laurie. */
    private static final String FOLDED = "~";
    /** Marks an index key that is a word's skeleton with one letter left out: words one slip apart share one. */
    private static final String SLIPPED = "-";
    /** The shortest skeleton whose one-slip neighbours are indexed (as {@link NameAlignment} compares them). */
    private static final int SLIP_LENGTH = 4;

    private final Map<String, int[]> postings;
    private final int maxUsefulFrequency;
    /** Per thread: the query number that last took each name as a candidate (no set to allocate per query). */
    private final ThreadLocal<int[]> marks;
    private final ThreadLocal<int[]> queryNumber = ThreadLocal.withInitial(() -> new int[1]);

    public Screener(List<ReferenceEntity> entities) {
        this.entities = List.copyOf(entities);
        Map<String, List<Integer>> building = new HashMap<>();
        for (int e = 0; e < this.entities.size(); e++) {
            for (String name : this.entities.get(e).names()) {
                IndexedName indexed = IndexedName.of(e, name);
                if (indexed.tokens.length == 0) {
                    continue;
                }
                int nameIndex = names.size();
                names.add(indexed);
                for (String key : indexed.indexKeys()) {
                    building.computeIfAbsent(key, k -> new ArrayList<>()).add(nameIndex);
                }
                if (indexed.tokens.length > 1) {
                    building.computeIfAbsent(JOINED + indexed.joined(), k -> new ArrayList<>()).add(nameIndex);
                }
            }
        }
        this.postings = new HashMap<>(building.size() * 2);
        building.forEach((skeleton, list) -> {
            postings.put(skeleton, list.stream().mapToInt(Integer::intValue).toArray());
        });
        this.maxUsefulFrequency = Math.min(200, Math.max(50, names.size() / 50));
        for (IndexedName name : names) {
            name.weigh(weights(name), established(name, 2));
        }
        this.marks = ThreadLocal.withInitial(() -> new int[names.size()]);
    }

    public int size() {
        return entities.size();
    }

    /** The best matches at or above {@code threshold}, best first, at most ten. */
    public List<Match> screen(String name, Integer birthYear, double threshold) {
        IndexedName query = IndexedName.of(-1, name);
        if (query.tokens.length == 0) {
            return List.of();
        }
        NameAlignment.Words queryWords = new NameAlignment.Words(query.tokens, weights(query), established(query, 1));
        int[] mark = marks.get();
        int stamp = ++queryNumber.get()[0];
        List<Integer> candidates = new ArrayList<>();
        boolean anyUseful = false;
        for (String key : query.lookupKeys(queryWords.established())) {
            int[] list = postings.get(key);
            if (list != null && list.length <= maxUsefulFrequency) {
                anyUseful = true;
                for (int n : list) {
                    if (mark[n] != stamp) {
                        mark[n] = stamp;
                        candidates.add(n);
                    }
                }
            }
        }
        if (!anyUseful) {
            rarestIntersection(query, candidates);
        }
        // the whole name with its parts spaced otherwise (Mohammadinejad / Mohammadi Nejad)
        for (String key : new String[] {JOINED + query.joined(), query.joined()}) {
            int[] list = postings.get(key);
            if (list != null && list.length <= maxUsefulFrequency) {
                for (int n : list) {
                    if (mark[n] != stamp) {
                        mark[n] = stamp;
                        candidates.add(n);
                    }
                }
            }
        }
        Map<Integer, Match> best = new HashMap<>();
        for (int nameIndex : candidates) {
            IndexedName candidate = names.get(nameIndex);
            Match match = score(query, queryWords, candidate, birthYear, threshold);
            if (match != null) {
                best.merge(candidate.entity, match, (x, y) -> x.score() >= y.score() ? x : y);
            }
        }
        return best.values().stream().sorted(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(Match::entity)).limit(MAX_MATCHES).toList();
    }

    /** Every word of the query is common: take the names that share its two rarest words. */
    private void rarestIntersection(IndexedName query, List<Integer> candidates) {
        String[] skeletons = query.distinctSkeletons().stream()
                .filter(postings::containsKey)
                .sorted(Comparator.comparingInt(s -> postings.get(s).length)).toArray(String[]::new);
        if (skeletons.length < 2) {
            return;
        }
        int[] first = postings.get(skeletons[0]);
        int[] second = postings.get(skeletons[1]);
        int i = 0;
        int j = 0;
        while (i < first.length && j < second.length) {
            if (first[i] == second[j]) {
                candidates.add(first[i]);
                i++;
                j++;
            } else if (first[i] < second[j]) {
                i++;
            } else {
                j++;
            }
        }
    }

    /** The match, or null below the threshold (its reasons are only written for a match that counts). */
    private Match score(IndexedName query, NameAlignment.Words queryWords, IndexedName candidate, Integer birthYear, double threshold) {
        NameAlignment.Result alignment = NameAlignment.align(queryWords, candidate.words());
        // One name written with its parts joined, spaced or split by a ZWNJ (علیرضا محمدی نژاد,
        // علی‌رضا محمدی‌نژاد; Mohammadinejad, Mohammadi Nejad) has other words but the same letters.
        boolean sameLettersSpacedApart = query.tokens.length != candidate.tokens.length && !query.joined().isEmpty()
                && query.joined().equals(candidate.joined());
        if (!sameLettersSpacedApart && (alignment.close() == 0
                || (query.tokens.length > 1 && alignment.mainShare() < 0.5))) {
            return null;
        }
        double score = sameLettersSpacedApart ? 1.0 : Math.max(0, alignment.score());
        ReferenceEntity entity = entities.get(candidate.entity);
        Integer apart = null;
        if (birthYear != null && !entity.birthYears().isEmpty()) {
            int nearest = Integer.MAX_VALUE;
            for (int year : entity.birthYears()) {
                nearest = Math.min(nearest, Math.abs(year - birthYear));
            }
            apart = nearest;
            if (apart <= 1) {
                score = Math.min(1.0, score + 0.05);
            } else if (apart > 3) {
                score *= 0.75;
            }
        }
        if (Math.round(score * 1000) / 1000.0 < threshold) {
            return null; // compared as reported, to three decimals
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(nameReason(query, candidate, alignment, sameLettersSpacedApart));
        if (apart != null && apart <= 1) {
            reasons.add("birth year agrees (" + birthYear + ")");
        } else if (apart != null && apart > 3) {
            reasons.add("birth years differ by " + apart);
        }
        if (!entity.positions().isEmpty()) {
            reasons.add("listed as: " + entity.positions().get(0));
        }
        reasons.add("source: " + entity.source());
        return new Match(entity.id(), Math.round(score * 1000) / 1000.0, List.copyOf(reasons), apart);
    }

    /**
     * Whether each word of a name is a name the list holds in its own right: written so (a Latin
     * spelling with its vowels, a Persian one by its letters) in at least {@code names} of the
     * list's names, the name's own included.
     */
    private boolean[] established(IndexedName name, int names) {
        boolean[] established = new boolean[name.tokens.length];
        for (int i = 0; i < established.length; i++) {
            NameWord word = name.tokens[i];
            String key = word.key().fromPersianScript() ? word.key().skeleton() : FOLDED + word.key().folded();
            int[] list = postings.get(key);
            established[i] = word.full() && list != null && list.length >= names;
        }
        return established;
    }

    /** How the names matched: words the same, words one slip off, words that differ. */
    private static String nameReason(IndexedName query, IndexedName candidate, NameAlignment.Result alignment,
                                     boolean sameLettersSpacedApart) {
        if (sameLettersSpacedApart) {
            return "name \"" + candidate.text + "\" has the same letters, its words spaced otherwise";
        }
        int slips = alignment.close() - alignment.exact();
        return "name \"" + candidate.text + "\" matches " + alignment.exact() + " of " + query.fullWords() + " words"
                + (alignment.crossScript() ? " across scripts" : "")
                + (slips > 0 ? ", " + slips + " more one slip off" : "")
                + (alignment.conflicts() == 1 ? "; 1 word differs" : alignment.conflicts() > 1 ? "; " + alignment.conflicts() + " words differ" : "");
    }

    private double[] weights(IndexedName name) {
        double[] weights = new double[name.tokens.length];
        int total = Math.max(names.size(), 1);
        for (int i = 0; i < weights.length; i++) {
            NameWord word = name.tokens[i];
            // an initial takes the weight of the word it meets (NameAlignment); a particle (al, bin) tells no one apart
            int[] holding = postings.get(word.key().skeleton());
            int df = word.initial() ? total : holding == null ? 0 : holding.length;
            weights[i] = word.particle() ? 0 : Math.log(1.0 + (double) total / (df + 1));
        }
        return weights;
    }

    /**
     * A reference entity a name matches, how well, and why.
     *
     * @param birthYearsApart how far the query's birth year is from the entity's nearest one; null when either is unknown
     */
    public record Match(String entity, double score, List<String> reasons, Integer birthYearsApart) {
    }

    private static final class IndexedName {
        final int entity;
        final String text;
        final NameWord[] tokens;
        private String joined;
        private NameAlignment.Words words;

        IndexedName(int entity, String text, NameWord[] tokens) {
            this.entity = entity;
            this.text = text;
            this.tokens = tokens;
        }

        void weigh(double[] tokenWeights, boolean[] established) {
            this.words = new NameAlignment.Words(tokens, tokenWeights, established);
        }

        NameAlignment.Words words() {
            return words;
        }

        static IndexedName of(int entity, String text) {
            List<NameWord> words = NameWord.of(text);
            IndexedName name = new IndexedName(entity, text, words.toArray(NameWord[]::new));
            // the skeleton of all the name's letters written as one word
            StringBuilder together = new StringBuilder();
            words.forEach(word -> together.append(word.written()));
            name.joined = words.isEmpty() ? "" : PersianNames.key(together.toString()).skeleton();
            return name;
        }

        int fullWords() {
            return (int) Arrays.stream(tokens).filter(NameWord::full).count();
        }

        /** The skeleton of the words written together: one name however its parts are spaced. */
        String joined() {
            return joined;
        }

        List<String> distinctSkeletons() {
            return Arrays.stream(tokens).filter(NameWord::full).map(word -> word.key().skeleton()).distinct().toList();
        }

        /** The skeleton of a word's other reading (قائم as Qaim, Meitham as میثم), where it has one. */
        private static void addOtherReading(Set<String> keys, NameWord word) {
            if (!word.key().alternativeSkeleton().isEmpty()) {
                keys.add(word.key().alternativeSkeleton());
            }
        }

        /**
         * What a reference name is indexed under: each word's skeleton and its other reading's, Latin
         * spelling and one-slip neighbours.
         */
        Set<String> indexKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (NameWord word : tokens) {
                if (word.full()) {
                    String skeleton = word.key().skeleton();
                    keys.add(skeleton);
                    addOtherReading(keys, word);
                    if (!word.key().fromPersianScript()) {
                        keys.add(FOLDED + word.key().folded());
                    }
                    if (skeleton.length() >= SLIP_LENGTH) {
                        for (String shorter : deletions(skeleton)) {
                            keys.add(SLIPPED + shorter);
                        }
                    }
                }
            }
            return keys;
        }

        /**
         * What a query looks up: each word's skeleton and its other reading's, and Latin spelling;
         * and, for a word long enough to slip that the list has never seen (the likely typo), the
         * reference words one letter longer, shorter or different.
         */
        Set<String> lookupKeys(boolean[] established) {
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < tokens.length; i++) {
                NameWord word = tokens[i];
                if (word.full()) {
                    String skeleton = word.key().skeleton();
                    keys.add(skeleton);
                    addOtherReading(keys, word);
                    if (!word.key().fromPersianScript()) {
                        keys.add(FOLDED + word.key().folded());
                    }
                    if (skeleton.length() >= SLIP_LENGTH && !established[i]) {
                        keys.add(SLIPPED + skeleton);
                        for (String shorter : deletions(skeleton)) {
                            keys.add(SLIPPED + shorter);
                            if (shorter.length() >= SLIP_LENGTH) {
                                keys.add(shorter);
                            }
                        }
                    }
                }
            }
            return keys;
        }

        private static Set<String> deletions(String skeleton) {
            Set<String> shorter = new LinkedHashSet<>();
            for (int i = 0; i < skeleton.length(); i++) {
                shorter.add(skeleton.substring(0, i) + skeleton.substring(i + 1));
            }
            return shorter;
        }
    }
}
