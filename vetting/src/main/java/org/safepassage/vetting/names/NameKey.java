package org.safepassage.vetting.names;

/**
 * A name reduced for matching. {@code folded} keeps vowels where the writing had them;
 * {@code skeleton} keeps only what both scripts write. {@code fromPersianScript} tells whether
 * vowels were ever there to compare.
 */
public record NameKey(String folded, String skeleton, boolean fromPersianScript) {

    public static final NameKey EMPTY = new NameKey("", "", false);

    public boolean isEmpty() {
        return skeleton.isEmpty() && folded.isEmpty();
    }
}
