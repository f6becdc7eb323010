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
}
