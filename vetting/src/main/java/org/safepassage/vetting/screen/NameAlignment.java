package org.safepassage.vetting.screen;

import java.util.Arrays;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.safepassage.vetting.names.Edits;

/**
 * Two full names word against word: each word is paired with at most one word of the other name,
 * the most alike pairs first, and the rarity-weighted share of each name that its pairs cover is
 * what the score is made of. A word left over on both sides is a word that differs (another
 * father, another clan): evidence against, not merely missing; a word left over on one side only
 * (a middle name one list gives and the other leaves out) is merely missing.
 */
final class NameAlignment {

    /** Similarity of two words one slip apart. */
    static final double SLIP = 0.85;
    /** Similarity of two names the list holds in their own right, one slip apart. */
    static final double ESTABLISHED_SLIP = 0.6;
    /** Similarity of long words two edits apart (Oberhausener / Oberhauzenar). */
    static final double NEAR = 0.7;
    /** Similarity of an initial and a word that begins with its letter. */
    static final double INITIAL = 0.7;
    /** What each word that differs on both sides costs, up to {@link #MOST_CONFLICT}. */
    static final double CONFLICT = 0.12;
    static final double MOST_CONFLICT = 0.3;
    /** The fewest words (particles aside) of a name chain that lists cite in part. */
    static final int CHAIN = 4;
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    private NameAlignment() {
    }

    /**
     * How two names align.
     *
     * @param queryShare     the share of the query's weight its paired words cover, by their similarity
     * @param candidateShare the same for the candidate
     * @param exact          pairs of words that are the same name
     * @param close          pairs at least one slip apart
     * @param conflicts      words that differ on both sides, and words paired across the person's and the father's name
     * @param crossScript    whether a pair of the same name was written in two scripts
     * @param oneWhollyInTheOther whether all of one name (two words or more) is paired within the
     *                       other, which has four words or more: a name chain cited in part
     */
    record Result(double queryShare, double candidateShare, int exact, int close, int conflicts, boolean crossScript,
                  boolean oneWhollyInTheOther) {

        double score() {
            return 0.6 * mainShare() + 0.4 * otherShare() - Math.min(MOST_CONFLICT, CONFLICT * conflicts);
        }

        /**
         * The share the score rests on most: the query's, as the query is what is screened; but when
         * one name of a long chain is wholly in the other (Zarif Noorzad / Zarif Gul Ahmad Noorzad), the
         * larger share, as lists cite such chains in part.
         */
        double mainShare() {
            return oneWhollyInTheOther ? Math.max(queryShare, candidateShare) : queryShare;
        }

        private double otherShare() {
            return oneWhollyInTheOther ? Math.min(queryShare, candidateShare) : candidateShare;
        }
    }

    /**
     * One name's words with their weights, and whether each is established: a name the list holds
     * in its own right. Two established names one slip apart are more likely two names (Karimi,
     * Kazemi) than one name mistyped; a slip to a word the list has never seen is the likelier typo.
     */
    record Words(NameWord[] words, double[] weights, boolean[] established) {
    }

    static Result align(Words queryWords, Words candidateWords) {
        NameWord[] query = queryWords.words();
        NameWord[] candidate = candidateWords.words();
        double[] queryWeights = queryWords.weights();
        double[] candidateWeights = candidateWords.weights();
        double[][] similarity = new double[query.length][candidate.length];
        for (int q = 0; q < query.length; q++) {
            for (int c = 0; c < candidate.length; c++) {
                double s = similarity(query[q], candidate[c]);
                if (s == SLIP && queryWords.established()[q] && candidateWords.established()[c]) {
                    s = ESTABLISHED_SLIP;
                }
                similarity[q][c] = s;
            }
        }
        int[] partnerOfQuery = new int[query.length];
        int[] partnerOfCandidate = new int[candidate.length];
        double[] queryLikeness = new double[query.length];
        double[] candidateLikeness = new double[candidate.length];
        Arrays.fill(partnerOfQuery, -1);
        Arrays.fill(partnerOfCandidate, -1);
        // the most alike pair first; among equals, words in the same place first
        while (true) {
            int bestQuery = -1;
            int bestCandidate = -1;
            for (int q = 0; q < query.length; q++) {
                if (partnerOfQuery[q] >= 0) {
                    continue;
                }
                for (int c = 0; c < candidate.length; c++) {
                    double s = similarity[q][c];
                    if (s > 0 && partnerOfCandidate[c] < 0 && (bestQuery < 0 || s > similarity[bestQuery][bestCandidate]
                            || s == similarity[bestQuery][bestCandidate] && Math.abs(q - c) < Math.abs(bestQuery - bestCandidate))) {
                        bestQuery = q;
                        bestCandidate = c;
                    }
                }
            }
            if (bestQuery < 0) {
                break;
            }
            partnerOfQuery[bestQuery] = bestCandidate;
            partnerOfCandidate[bestCandidate] = bestQuery;
            queryLikeness[bestQuery] = similarity[bestQuery][bestCandidate];
            candidateLikeness[bestCandidate] = similarity[bestQuery][bestCandidate];
        }
        if (left(query, partnerOfQuery) > 0 && left(candidate, partnerOfCandidate) > 0) {
            joinCompounds(query, partnerOfQuery, queryLikeness, candidate, partnerOfCandidate, candidateLikeness);
            joinCompounds(candidate, partnerOfCandidate, candidateLikeness, query, partnerOfQuery, queryLikeness);
        }
        double queryTotal = sum(queryWeights);
        double queryCovered = 0;
        for (int q = 0; q < query.length; q++) {
            if (partnerOfQuery[q] >= 0) {
                // an initial weighs what the word it stands for weighs
                queryCovered += queryLikeness[q] * (query[q].initial() ? candidateWeights[partnerOfQuery[q]] : queryWeights[q]);
            }
        }
        double candidateTotal = sum(candidateWeights);
        double candidateCovered = 0;
        for (int c = 0; c < candidate.length; c++) {
            if (partnerOfCandidate[c] >= 0) {
                candidateCovered += candidateLikeness[c] * (candidate[c].initial() ? queryWeights[partnerOfCandidate[c]] : candidateWeights[c]);
            }
        }
        int exact = 0;
        int close = 0;
        int conflicts = 0;
        boolean crossScript = false;
        for (int q = 0; q < query.length; q++) {
            int c = partnerOfQuery[q];
            if (c < 0 || !query[q].full() || !candidate[c].full()) {
                continue;
            }
            if (queryLikeness[q] == 1.0) {
                exact++;
                crossScript |= query[q].key().fromPersianScript() != candidate[c].key().fromPersianScript();
            }
            if (queryLikeness[q] >= SLIP) {
                close++;
            }
            if (query[q].patronym() != candidate[c].patronym()) {
                conflicts += 2; // the person's name read as the father's: Omar bin Abdullah is not Abdullah bin Omar
            }
        }
        conflicts += Math.min(left(query, partnerOfQuery), left(candidate, partnerOfCandidate));
        // a name of four words or more is a chain (given, father's, grandfather's, tribe) cited in part;
        // a shorter one is not: Mohammad Sharifi is not Mohammad Reza Sharifi
        boolean oneWhollyInTheOther = Math.max(fullWords(query), fullWords(candidate)) >= CHAIN
                && (wholly(query, partnerOfQuery, queryLikeness) || wholly(candidate, partnerOfCandidate, candidateLikeness));
        return new Result(queryTotal == 0 ? 0 : Math.min(1, queryCovered / queryTotal),
                candidateTotal == 0 ? 0 : Math.min(1, candidateCovered / candidateTotal), exact, close, conflicts, crossScript,
                oneWhollyInTheOther);
    }

    /**
     * A word of {@code other} left unpaired that two neighbouring unpaired words of {@code words}
     * spell together (Abd al / Abdul, Mohammad Hasan / Mohammadhasan) takes both.
     */
    private static void joinCompounds(NameWord[] words, int[] partnerOfWord, double[] wordLikeness,
                                      NameWord[] other, int[] partnerOfOther, double[] otherLikeness) {
        for (int o = 0; o < other.length; o++) {
            if (partnerOfOther[o] >= 0 || !other[o].full()) {
                continue;
            }
            for (int w = 0; w + 1 < words.length; w++) {
                if (partnerOfWord[w] >= 0 || partnerOfWord[w + 1] >= 0) {
                    continue;
                }
                NameWord joined = mayJoinInto(words[w], words[w + 1], other[o]) ? NameWord.joined(words[w], words[w + 1]) : null;
                double s = joined == null ? 0 : similarity(joined, other[o]);
                if (s >= SLIP) {
                    partnerOfWord[w] = o;
                    partnerOfWord[w + 1] = o;
                    wordLikeness[w] = s;
                    wordLikeness[w + 1] = s;
                    partnerOfOther[o] = w;
                    otherLikeness[o] = s;
                    break;
                }
            }
        }
    }

    /** Whether every word of a name of two words or more (particles aside) is paired, each at least one slip alike. */
    private static boolean wholly(NameWord[] words, int[] partners, double[] likeness) {
        int full = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].particle()) {
                continue;
            }
            if (partners[i] < 0 || likeness[i] < (words[i].initial() ? INITIAL : SLIP)) {
                return false;
            }
            full++;
        }
        return full >= 2;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    private static int fullWords(NameWord[] words) {
        int full = 0;
        for (NameWord word : words) {
            full += word.particle() ? 0 : 1;
        }
        return full;
    }

    /** Whether two words written as one could be {@code other}: skeletons that open alike, about as long. */
    private static boolean mayJoinInto(NameWord first, NameWord second, NameWord other) {
        String a = first.key().skeleton();
        String b = second.key().skeleton();
        String o = other.key().skeleton();
        return !a.isEmpty() && !o.isEmpty() && a.charAt(0) == o.charAt(0) && Math.abs(a.length() + b.length() - o.length()) <= 2;
    }

    /** Words left unpaired that could have been paired: not particles. */
    private static int left(NameWord[] words, int[] partners) {
        int left = 0;
        for (int i = 0; i < words.length; i++) {
            if (partners[i] < 0 && !words[i].particle()) {
                left++;
            }
        }
        return left;
    }

    static double similarity(NameWord a, NameWord b) {
        if (a.initial() || b.initial()) {
            if (a.initial() && b.initial()) {
                return a.key().folded().equals(b.key().folded()) ? INITIAL : 0;
            }
            NameWord initial = a.initial() ? a : b;
            NameWord word = a.initial() ? b : a;
            return !word.particle() && !word.key().fromPersianScript()
                    && word.key().folded().charAt(0) == initial.key().folded().charAt(0) ? INITIAL : 0;
        }
        if (a.particle() || b.particle()) {
            return a.particle() && b.particle() && a.particleMeaning().equals(b.particleMeaning()) ? 1.0 : 0;
        }
        String x = a.key().skeleton();
        String y = b.key().skeleton();
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        if (x.equals(y) || a.key().sameInTheOtherReading(b.key())) {
            if (x.length() <= 2 && !a.key().fromPersianScript() && !b.key().fromPersianScript()
                    && JARO_WINKLER.apply(a.key().folded(), b.key().folded()) < 0.85) {
                return 0.5;
            }
            return 1.0;
        }
        if (a.key().fromPersianScript() || b.key().fromPersianScript()) {
            // a Persian spelling leaves short vowels out: only the skeletons compare, and a slip
            // counts when both open alike (Ebrahimi is not Rahimi one letter off)
            return Math.min(x.length(), y.length()) >= 4 && a.key().opensWithVowel() == b.key().opensWithVowel()
                    && Edits.oneSlipApart(x, y) ? SLIP : 0;
        }
        // two Latin spellings: a slip is judged on the letters written, vowels too (Baqeri and
        // Asghari have skeletons one letter apart, but are three letters apart as written)
        String f = a.key().folded();
        String g = b.key().folded();
        if (Math.min(f.length(), g.length()) >= 4 && Edits.oneSlipApart(f, g)) {
            return SLIP;
        }
        if (Math.min(f.length(), g.length()) >= 8 && TWO_EDITS.apply(f, g) >= 0) {
            return NEAR;
        }
        return 0;
    }
}
