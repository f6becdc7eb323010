package org.safepassage.vetting.campaign;

import java.util.Arrays;
import org.safepassage.vetting.names.PersianNames;

/**
 * A MinHash sketch of a free text, for finding near-duplicates among a million texts without
 * comparing them all. The text is normalised (Persian letter forms, case, every digit one digit,
 * punctuation and spacing away) and cut into overlapping five-letter shingles; one-permutation
 * MinHash (Li, Owen and Zhang, 2012) keeps the smallest shingle hash in each of {@link #BINS}
 * bins, and empty bins borrow from the next one (Shrivastava, 2017). The share of bins two
 * sketches agree on estimates the Jaccard similarity of their shingle sets; a template with a few
 * words changed (a name, a unit, a number) keeps most of its shingles.
 */
public final class TextFingerprint {

    public static final int BINS = 64;
    /** Texts shorter than this, normalised, say too little to be compared at all. */
    public static final int MIN_LENGTH = 50;
    /**
     * Texts shorter than this, normalised (a sentence or two), are common words when many people
     * write them at the intake's usual rhythm: alike, they count only as a flood's copies.
     */
    public static final int BRIEF_LENGTH = 120;
    private static final int SHINGLE = 5;
    /** 31 to the power {@code SHINGLE - 1}: the weight of a shingle's first letter in its hash. */
    private static final int LEAVING = 31 * 31 * 31 * 31;

    private TextFingerprint() {
    }

    /** A text's sketch (null when the text is too short to compare), and whether the text is brief ({@link #BRIEF_LENGTH}). */
    public record Sketch(int[] bins, boolean brief) {
    }

    /** The sketch of a text, or null when the text is too short. */
    public static int[] of(String text) {
        return sketch(text).bins();
    }

    /** The sketch of a text and whether it is brief. */
    public static Sketch sketch(String text) {
        if (text == null || text.length() < MIN_LENGTH) {
            return new Sketch(null, true);
        }
        char[] normal = new char[text.length()];
        int length = normalise(text, normal);
        if (length < MIN_LENGTH) {
            return new Sketch(null, true);
        }
        int[] bins = new int[BINS];
        Arrays.fill(bins, Integer.MAX_VALUE);
        boolean[] filled = new boolean[BINS];
        // each shingle's polynomial hash from the last one's: the letter that leaves taken out, the one that comes added
        int rolling = 0;
        for (int i = 0; i < SHINGLE - 1; i++) {
            rolling = rolling * 31 + normal[i];
        }
        for (int start = 0; start + SHINGLE <= length; start++) {
            if (start > 0) {
                rolling -= normal[start - 1] * LEAVING;
            }
            rolling = rolling * 31 + normal[start + SHINGLE - 1];
            int hash = mix(rolling);
            int bin = (hash >>> 26) & (BINS - 1);
            int value = hash & 0x03FFFFFF;
            if (value < bins[bin]) {
                bins[bin] = value;
            }
            filled[bin] = true;
        }
        for (int bin = 0; bin < BINS; bin++) {
            if (!filled[bin]) {
                // densification: borrow the nearest filled bin to the right, marked by its distance
                for (int step = 1; step < BINS; step++) {
                    int other = (bin + step) % BINS;
                    if (filled[other]) {
                        bins[bin] = bins[other] + step * 0x04000000;
                        break;
                    }
                }
            }
        }
        return new Sketch(bins, length < BRIEF_LENGTH);
    }

    /** The share of bins two sketches agree on: an estimate of their texts' Jaccard similarity. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < BINS; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) BINS;
    }

    /**
     * One pass, no intermediate strings (this runs on every registration): the letter forms
     * {@link PersianNames#letterForm} makes one, lower case,
     * every digit in any script '0', harakat and tatweel dropped, anything else one space.
     */
    private static int normalise(String text, char[] out) {
        int length = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = letter(text.charAt(i));
            if (c == 0) {
                continue;
            }
            if (c == ' ') {
                if (!space) {
                    out[length++] = ' ';
                    space = true;
                }
            } else {
                out[length++] = c;
                space = false;
            }
        }
        return length > 0 && out[length - 1] == ' ' ? length - 1 : length;
    }

    /** A character as a fingerprint reads it: a letter, '0' for a digit, ' ' for a separator, 0 for nothing. */
    private static char letter(char c) {
        char read = PersianNames.textCharacter(c);
        return read >= '0' && read <= '9' ? '0' : read;
    }

    /** MurmurHash3's 32-bit finaliser: spreads the bits of a shingle's polynomial hash. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
