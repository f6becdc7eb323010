package org.safepassage.vetting.names;

/**
 * A name reduced for matching. {@code folded} keeps vowels where the writing had them;
 * {@code skeleton} keeps only what both scripts write. {@code fromPersianScript} tells whether
 * vowels were ever there to compare. {@code kasraSkeleton} is the skeleton a Latin spelling has
 * when its last "i" stands for the short vowel e, as in Arabic-style romanisation (Kazim, Sadiq,
 * Baqir for کاظم صادق باقر); empty when the spelling cannot be read so.
 */
public record NameKey(String folded, String skeleton, boolean fromPersianScript, String kasraSkeleton) {

    public static final NameKey EMPTY = new NameKey("", "", false, "");

    /** Whether the two keys share a skeleton, reading an Arabic-style "i" as the short e where one is. */
    public boolean sameSkeleton(NameKey other) {
        return skeleton.equals(other.skeleton)
                || !kasraSkeleton.isEmpty() && kasraSkeleton.equals(other.skeleton)
                || !other.kasraSkeleton.isEmpty() && other.kasraSkeleton.equals(skeleton);
    }

    public boolean isEmpty() {
        return skeleton.isEmpty() && folded.isEmpty();
    }
}
