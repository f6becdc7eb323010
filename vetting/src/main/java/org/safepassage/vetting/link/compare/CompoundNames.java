package org.safepassage.vetting.link.compare;

import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.names.NameKey;

/**
 * Compound given names and their parts. A compound (محمدرضا, علی‌اصغر, Mohammad-Taqi) is often
 * written by its last part alone (رضا, اصغر, Taqi), or with its first part as an initial
 * (M. Reza). Which spellings are names is learned from the records themselves: a part counts
 * when at least {@link #KNOWN} records give it as a given or a father's name, so no list of
 * compounds is kept and a name this data has never seen splits nowhere.
 */
final class CompoundNames {

    /** Records that must give a skeleton as a name before it counts as one. */
    static final int KNOWN = 5;

    private CompoundNames() {
    }

    /**
     * The skeleton of the part two names share when one is a compound and the other its last part
     * (or that part after the compound's first initial); null otherwise.
     */
    static String sharedPart(NameKey x, NameKey y, FieldFrequencies frequencies) {
        String a = x.skeleton();
        String b = y.skeleton();
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (shorter.length() < 2 || longer.length() <= shorter.length()) {
            return null;
        }
        // the last part alone: the compound is a known name followed by this one
        if (longer.endsWith(shorter) && known(shorter, frequencies)
                && known(longer.substring(0, longer.length() - shorter.length()), frequencies)) {
            return shorter;
        }
        // the first part as an initial: M. Reza for Mohammadreza (compared in place before anything is cut:
        // this runs on every pair whose names differ)
        int restLength = shorter.length() - 1;
        if (restLength >= 2 && longer.charAt(0) == shorter.charAt(0) && longer.length() - restLength >= 2
                && longer.regionMatches(longer.length() - restLength, shorter, 1, restLength)) {
            String rest = shorter.substring(1);
            if (known(rest, frequencies) && known(longer.substring(0, longer.length() - restLength), frequencies)) {
                return rest;
            }
        }
        return null;
    }

    /**
     * Whether records give this skeleton as a name. A first part inside a compound keeps the
     * letter a name ending in a vowel ends with (علی in علیرضا is "li", alone "lV"): read so too.
     */
    private static boolean known(String skeleton, FieldFrequencies frequencies) {
        if (skeleton.length() < 2) {
            return false;
        }
        if (frequencies.asGivenName(skeleton) >= KNOWN) {
            return true;
        }
        char last = skeleton.charAt(skeleton.length() - 1);
        return (last == 'i' || last == 'h') && frequencies.asGivenName(skeleton.substring(0, skeleton.length() - 1) + "V") >= KNOWN;
    }
}
