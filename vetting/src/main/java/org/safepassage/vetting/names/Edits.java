package org.safepassage.vetting.names;

/** Edit distance questions about name keys, answered without allocating. */
public final class Edits {

    private Edits() {
    }

    /** Exactly one letter inserted, deleted or replaced (Levenshtein distance 1), without allocating. */
    public static boolean oneEditApart(String x, String y) {
        int lengthDifference = x.length() - y.length();
        if (lengthDifference > 1 || lengthDifference < -1 || x.equals(y)) {
            return false;
        }
        String longer = lengthDifference >= 0 ? x : y;
        String shorter = lengthDifference >= 0 ? y : x;
        int i = 0;
        while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
            i++;
        }
        if (longer.length() == shorter.length()) {
            return longer.regionMatches(i + 1, shorter, i + 1, shorter.length() - i - 1);
        }
        return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
    }

    /**
     * One typing slip apart: one letter inserted, deleted or replaced, or two neighbouring letters
     * swapped (the Damerau–Levenshtein distance is 1).
     */
    public static boolean oneSlipApart(String x, String y) {
        return oneEditApart(x, y) || neighboursSwapped(x, y);
    }

    private static boolean neighboursSwapped(String x, String y) {
        if (x.length() != y.length() || x.length() < 2) {
            return false;
        }
        int i = 0;
        while (i < x.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        return i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                && x.regionMatches(i + 2, y, i + 2, x.length() - i - 2);
    }
}
