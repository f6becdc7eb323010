package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.INITIAL;
import static org.safepassage.vetting.link.compare.Levels.NEAR;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;
import static org.safepassage.vetting.link.compare.Levels.PART;
import static org.safepassage.vetting.link.compare.Levels.SHORT_SLIP;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.safepassage.core.text.Remembered;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.names.Edits;
import org.safepassage.vetting.names.NameKey;

/**
 * The level two spellings of a name reach: the same, a slip or a vowel apart, an initial and a
 * name it may stand for, a compound and its part, short spellings a letter apart, or different.
 * Which spellings are names, for a compound's parts, is learned from the records ({@link CompoundNames}).
 */
public final class NameSpellings {

    /** Not a level of the model: farther apart than a slip, to be told apart as a compound's part, a short slip or another name. */
    static final String FAR = "far";

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    /**
     * Whether two short Latin spellings' vowels agree, by the first spelling, then the second:
     * worked out once per pair, as linking compares the same few short spellings again and again.
     * At most a million pairs are kept, however many spellings a flood of junk names brings.
     */
    private static final Remembered<Remembered<Boolean>> VOWELS_AGREE = new Remembered<>(
            x -> new Remembered<>(y -> JARO_WINKLER.apply(x, y) >= 0.85, 500), 2_000);

    private final FieldFrequencies frequencies;

    public NameSpellings(FieldFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    /** The level two spellings of a name reach; null when either is missing. */
    public String level(NameKey x, NameKey y) {
        String level = closeLevel(x, y);
        if (!FAR.equals(level)) {
            return level;
        }
        if (CompoundNames.sharedPart(x, y, frequencies) != null) {
            return PART;
        }
        boolean bothPersian = x.fromPersianScript() && y.fromPersianScript();
        if (!bothPersian && Math.min(x.skeleton().length(), y.skeleton().length()) == 3 && Edits.oneSlipApart(x.skeleton(), y.skeleton())) {
            return SHORT_SLIP; // Rexza / رضا, or Amir / Amin: a slip in a short name, or another short name
        }
        if (!x.fromPersianScript() && !y.fromPersianScript() && Math.min(x.folded().length(), y.folded().length()) >= 4
                && Edits.oneSlipApart(x.folded(), y.folded())) {
            return SHORT_SLIP; // Abbas / Abbahs: two Latin spellings a letter apart whose skeletons are too short to tell
        }
        return DIFFERS;
    }

    /**
     * The level of two spellings that are the same, a slip or a vowel apart, or of an initial and a
     * name it may stand for; {@link #FAR} otherwise; null when either is missing.
     */
    static String closeLevel(NameKey x, NameKey y) {
        if (x.isEmpty() || y.isEmpty()) {
            return null;
        }
        if (isInitial(x) || isInitial(y)) {
            return initialMayStandFor(isInitial(x) ? x : y, isInitial(x) ? y : x) ? INITIAL : FAR;
        }
        boolean bothPersian = x.fromPersianScript() && y.fromPersianScript();
        if (x.sameSkeleton(y) && vowelsAgree(x, y) && (!bothPersian || x.folded().equals(y.folded()))) {
            return EXACT;
        }
        if (oneSlipApart(x, y)) {
            return ONE_SLIP;
        }
        if (x.sameSkeleton(y) && Edits.oneSlipApart(x.folded(), y.folded())) {
            return NEAR; // a short name whose vowels differ by one letter (Amir / Emir, Yaser / Yasar): a slip
        }
        return FAR;
    }

    /**
     * Whether two fathers' names may be one name, as the fathers veto reads them: leniently, as the
     * veto refuses a join outright whatever else agrees. Any level short of different may be one
     * name (a short spelling one letter off, Rexza / رضا, too); and so may two spellings one slip
     * apart however short (Rea / رضا, امر / امیر, Samda / Samad): in a short name a typo is as
     * likely as another name. The comparison still weighs such names as it does.
     */
    public boolean mayBeOne(NameKey x, NameKey y) {
        String level = level(x, y);
        if (level == null) {
            return false;
        }
        return !DIFFERS.equals(level) || oneSlipHoweverShort(x.skeleton(), y.skeleton())
                || x.fromPersianScript() && y.fromPersianScript() && oneSlipHoweverShort(x.folded(), y.folded());
    }

    /** A name written as its first letter (M., م.): one letter as read, or a letter Latin writes with two (Sh., Kh.). */
    static boolean isInitial(NameKey name) {
        return name.folded().length() == 1;
    }

    /**
     * Whether an initial may stand for a name (or for another initial): the name opens with its
     * letter as read (M. for Mohammad or محمد, Gh. or Q. for Ghasem, Kh. for Khalil), or both open with
     * a vowel, which Latin spellings of one name write differently (E. or I. for Ebrahim, A. for
     * Ali or علی, whose opening ع the key does not keep).
     */
    private static boolean initialMayStandFor(NameKey initial, NameKey name) {
        char letter = initial.folded().charAt(0);
        String other = name.folded();
        return other.charAt(0) == letter || isVowel(letter) && (isVowel(other.charAt(0)) || name.opensWithVowel());
    }

    private static boolean isVowel(char letter) {
        return "aeiou".indexOf(letter) >= 0;
    }

    private static boolean oneSlipHoweverShort(String x, String y) {
        return Math.min(x.length(), y.length()) >= 2 && Edits.oneSlipApart(x, y);
    }

    /**
     * One slip between two spellings: in Persian script compared letter for letter (three letters
     * at least), otherwise by skeleton in names long enough for a slip to still say something.
     */
    private static boolean oneSlipApart(NameKey x, NameKey y) {
        return x.fromPersianScript() && y.fromPersianScript()
                ? Math.min(x.folded().length(), y.folded().length()) >= 3 && Edits.oneSlipApart(x.folded(), y.folded())
                : oneSlip(x.skeleton(), y.skeleton());
    }

    /** One letter added, dropped, changed or swapped with its neighbour, in names long enough for that to still say something. */
    static boolean oneSlip(String x, String y) {
        return Math.min(x.length(), y.length()) >= 4 && Edits.oneSlipApart(x, y);
    }

    /**
     * Short skeletons (Ali, Reza, Elahe) are shared by unrelated names; when both spellings carry
     * vowels, those vowels must agree too.
     */
    private static boolean vowelsAgree(NameKey x, NameKey y) {
        if (Math.min(x.skeleton().length(), y.skeleton().length()) > 3 || x.fromPersianScript() || y.fromPersianScript()
                || x.folded().equals(y.folded())) {
            return true;
        }
        return VOWELS_AGREE.get(x.folded()).get(y.folded());
    }
}
