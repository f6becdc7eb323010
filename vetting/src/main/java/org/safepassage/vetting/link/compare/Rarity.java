package org.safepassage.vetting.link.compare;

/**
 * How common a value is, in words: "common: 3% of records" or "rare: about 1 in 12,500" (as
 * String.format's "%.0f" and "%,d" write them, without its cost: every link of a million
 * registrations is explained in words).
 */
public final class Rarity {

    private Rarity() {
    }

    /** How common a value is among the records. */
    public static String inWords(double share) {
        return inWords(share, "records");
    }

    /** As {@link #inWords(double)}, the share being of {@code what} ("narratives"). */
    public static String inWords(double share, String what) {
        if (share >= 0.01) {
            return "common: " + Math.round(share * 100) + "% of " + what;
        }
        String digits = Long.toString(Math.round(1 / share));
        StringBuilder grouped = new StringBuilder("rare: about 1 in ");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
