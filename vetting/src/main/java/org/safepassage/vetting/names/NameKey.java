package org.safepassage.vetting.names;

/**
 * A name reduced for matching. {@code folded} keeps vowels where the writing had them;
 * {@code skeleton} keeps only what both scripts write. {@code fromPersianScript} tells whether
 * vowels were ever there to compare. {@code alternativeSkeleton} is the skeleton of the spelling's
 * other reading, empty when it has none: for a Latin spelling, its last "i" read as the short vowel
 * e, as Arabic-style romanisation writes it (Kazim, Sadiq, Baqir for کاظم صادق باقر), or else its th
 * and dh read as the ث and ض ذ Persian says s and z (Kolthoum, Meitham, Ramadhan for کلثوم میثم
 * رمضان); for a Persian one, the name as it is said where the writing keeps what the voice does not
 * (a compound's silent ه, the article's ل before a sun letter, an opening او said o: Fateme Zahra,
 * Shamsoddin, Orang), or else a hamza seat ئ read as the ی Arabic-style romanisation writes for it
 * (Qaim, Faiz for قائم فائز), where the skeleton reads it as the vowel break Persian romanisation
 * writes (Qaem, Faez); see {@link PersianScriptKey}.
 * {@code opensWithVowel}: whether the name begins with a vowel (Latin a e i o u; Persian ا آ, or ع,
 * which carries one), which the skeleton drops.
 */
public record NameKey(String folded, String skeleton, boolean fromPersianScript, String alternativeSkeleton,
                      boolean opensWithVowel) {

    public static final NameKey EMPTY = new NameKey("", "", false, "", false);

    /** An other reading that reads as the skeleton does is none. */
    public NameKey {
        if (alternativeSkeleton.equals(skeleton)) {
            alternativeSkeleton = "";
        }
    }

    /** Whether the two keys share a skeleton, in either reading of a spelling that has two. */
    public boolean sameSkeleton(NameKey other) {
        if (skeleton.equals(other.skeleton) || sameReadingLatinGAsQ(other)) {
            return true;
        }
        return sameInTheOtherReading(other);
    }

    /** Whether one key's alternative skeleton is the other's skeleton. */
    public boolean sameInTheOtherReading(NameKey other) {
        // the skeleton drops an opening vowel; the other reading also needs both to open alike,
        // or Hamid (حمید) would meet Ahmad (احمد) once its i is read as a short vowel
        boolean openAlike = opensWithVowel == other.opensWithVowel;
        return openAlike && (!alternativeSkeleton.isEmpty() && alternativeSkeleton.equals(other.skeleton)
                || !other.alternativeSkeleton.isEmpty() && other.alternativeSkeleton.equals(skeleton));
    }


    /**
     * Whether the skeletons are the same when a Latin g is read as q: Persian ق and غ are written
     * gh, q and also g (Sadeg, Bager), while a Persian-script spelling keeps گ apart from them.
     * Compared in place: this runs on every pair linking compares.
     */
    private boolean sameReadingLatinGAsQ(NameKey other) {
        if (skeleton.length() != other.skeleton.length() || fromPersianScript && other.fromPersianScript) {
            return false;
        }
        for (int i = 0; i < skeleton.length(); i++) {
            char a = skeleton.charAt(i);
            char b = other.skeleton.charAt(i);
            if (a != b && !(a == 'g' && !fromPersianScript && b == 'q') && !(b == 'g' && !other.fromPersianScript && a == 'q')) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return skeleton.isEmpty() && folded.isEmpty();
    }
}
