package org.safepassage.vetting.screen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.names.NameKey;
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
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final List<ReferenceEntity> entities;
    private final List<IndexedName> names = new ArrayList<>();
    /** Marks an index key that is a whole name's joined skeleton, not one word's. */
    private static final String JOINED = "=";

    private final Map<String, int[]> postings;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
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
                for (String skeleton : indexed.distinctSkeletons()) {
                    building.computeIfAbsent(skeleton, k -> new ArrayList<>()).add(nameIndex);
                }
                if (indexed.tokens.length > 1) {
                    building.computeIfAbsent(JOINED + indexed.joined(), k -> new ArrayList<>()).add(nameIndex);
                }
            }
        }
        this.postings = new HashMap<>(building.size() * 2);
        building.forEach((skeleton, list) -> {
            postings.put(skeleton, list.stream().mapToInt(Integer::intValue).toArray());
            documentFrequency.put(skeleton, list.size());
        });
        this.maxUsefulFrequency = Math.min(200, Math.max(50, names.size() / 50));
        for (IndexedName name : names) {
            name.weigh(weights(name));
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
        double[] queryWeights = weights(query);
        int[] mark = marks.get();
        int stamp = ++queryNumber.get()[0];
        List<Integer> candidates = new ArrayList<>();
        boolean anyUseful = false;
        for (String skeleton : query.distinctSkeletons()) {
            int[] list = postings.get(skeleton);
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
            Match match = score(query, queryWeights, candidate, birthYear, threshold);
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
    private Match score(IndexedName query, double[] queryWeights, IndexedName candidate, Integer birthYear, double threshold) {
        double[] candidateWeights = candidate.weights();
        double queryTotal = sum(queryWeights);
        double candidateTotal = candidate.totalWeight();
        double queryMatched = 0;
        int exact = 0;
        boolean crossScript = false;
        for (int q = 0; q < query.tokens.length; q++) {
            double similarity = 0;
            for (NameKey token : candidate.tokens) {
                double s = similarity(query.tokens[q], token);
                if (s > similarity) {
                    similarity = s;
                    crossScript = crossScript || (s == 1.0 && query.tokens[q].fromPersianScript() != token.fromPersianScript());
                }
            }
            if (similarity == 1.0) {
                exact++;
            }
            queryMatched += queryWeights[q] * similarity;
        }
        // One name written with its parts joined, spaced or split by a ZWNJ (علیرضا محمدی نژاد,
        // علی‌رضا محمدی‌نژاد; Mohammadinejad, Mohammadi Nejad) has other words but the same letters.
        boolean sameLettersSpacedApart = query.tokens.length != candidate.tokens.length && !query.joined().isEmpty()
                && query.joined().equals(candidate.joined());
        if (!sameLettersSpacedApart && (exact == 0 || (query.tokens.length > 1 && queryMatched / queryTotal < 0.5))) {
            return null;
        }
        double candidateMatched = 0;
        for (int c = 0; c < candidate.tokens.length; c++) {
            double similarity = 0;
            for (NameKey token : query.tokens) {
                similarity = Math.max(similarity, similarity(candidate.tokens[c], token));
            }
            candidateMatched += candidateWeights[c] * similarity;
        }
        double score = sameLettersSpacedApart ? 1.0 : 0.6 * (queryMatched / queryTotal) + 0.4 * (candidateMatched / candidateTotal);
        if (sameLettersSpacedApart) {
            exact = query.tokens.length;
        }
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
        reasons.add("name \"" + candidate.text + "\" matches " + exact + " of " + query.tokens.length + " words"
                + (crossScript ? " across scripts" : ""));
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

    private static double similarity(NameKey a, NameKey b) {
        if (a.skeleton().isEmpty() || b.skeleton().isEmpty()) {
            return 0;
        }
        if (a.skeleton().equals(b.skeleton())) {
            if (a.skeleton().length() <= 2 && !a.fromPersianScript() && !b.fromPersianScript()
                    && JARO_WINKLER.apply(a.folded(), b.folded()) < 0.85) {
                return 0.5;
            }
            return 1.0;
        }
        if (Math.min(a.skeleton().length(), b.skeleton().length()) >= 4
                && Edits.oneSlipApart(a.skeleton(), b.skeleton())) {
            return 0.85; // one slip apart
        }
        return 0;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private double[] weights(IndexedName name) {
        double[] weights = new double[name.tokens.length];
        int total = Math.max(names.size(), 1);
        for (int i = 0; i < weights.length; i++) {
            int df = documentFrequency.getOrDefault(name.tokens[i].skeleton(), 0);
            weights[i] = Math.log(1.0 + (double) total / (df + 1));
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
        final NameKey[] tokens;
        private String joined;
        private double[] weights;
        private double totalWeight;

        IndexedName(int entity, String text, NameKey[] tokens) {
            this.entity = entity;
            this.text = text;
            this.tokens = tokens;
        }

        void weigh(double[] tokenWeights) {
            this.weights = tokenWeights;
            this.totalWeight = Arrays.stream(tokenWeights).sum();
        }

        double[] weights() {
            return weights;
        }

        double totalWeight() {
            return totalWeight;
        }

        static IndexedName of(int entity, String text) {
            List<NameKey> keys = new ArrayList<>();
            StringBuilder together = new StringBuilder();
            for (String token : PersianNames.tokens(text)) {
                NameKey key = PersianNames.key(token);
                if (!key.skeleton().isEmpty()) {
                    keys.add(key);
                    together.append(token);
                }
            }
            IndexedName name = new IndexedName(entity, text, keys.toArray(NameKey[]::new));
            name.joined = keys.isEmpty() ? "" : PersianNames.key(together.toString().replace("\u200c", "")).skeleton();
            return name;
        }

        /** The skeleton of the words written together: one name however its parts are spaced. */
        String joined() {
            return joined;
        }

        List<String> distinctSkeletons() {
            return Arrays.stream(tokens).map(NameKey::skeleton).distinct().toList();
        }
    }
}
