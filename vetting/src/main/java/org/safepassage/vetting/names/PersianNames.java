package org.safepassage.vetting.names;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import java.util.Locale;
import org.safepassage.core.text.Remembered;

/**
 * Turns a name written in Persian or Latin script into keys that meet across scripts and
 * spellings. Persian text is first brought to one form with ICU (NFKC folds Arabic presentation
 * forms; Arabic letter variants ي ى ئ → ی, ك → ک, ة → ه, أ إ آ ٱ → ا, ؤ → و; diacritics and tatweel
 * dropped; Persian and Arabic-Indic digits to ASCII), then transliterated with ICU's BGN/PCGN
 * Persian–Latin rules, then folded to ASCII. Two keys come out:
 * <ul>
 *   <li>{@code folded}: lower-case ASCII with the common Latin spelling variants of Persian sounds
 *   merged (gh/q, kh, sh, ch, zh/j, ou/oo/u, ee/ei/ie/i, doubled letters, -zadeh/-zade…);</li>
 *   <li>{@code skeleton}: the consonants of {@code folded} without the letters Persian writes
 *   ambiguously or not at all (short vowels, و v/u/o, ی y/i, final silent ه), so that a name
 *   written in Persian script (which omits short vowels) meets its Latin spellings;</li>
 *   <li>{@code alternativeSkeleton}: the skeleton of the spelling's other reading, where it has
 *   one ({@link NameKey}; a Persian spelling's in {@link PersianScriptKey}).</li>
 * </ul>
 * Compound names meet whatever their spacing: محمدرضا, محمد رضا, محمد‌رضا and Mohammad-Reza
 * give the same keys. Results are cached: names repeat heavily, and ICU transliteration is the
 * costly step.
 */
public final class PersianNames {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ThreadLocal<Transliterator> PERSIAN_TO_LATIN = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Persian-Latin/BGN; Any-Latin; Latin-ASCII"));
    /**
     * Latin letters that romanisations of Persian write for one sound Latin-ASCII would cut to
     * another: the scholarly systems' š ž č ḫ ǧ ġ (DMG, ISO 233-3: Šahīdī, Ǧaʿfarī, Ḫalīlī), ḵ ḡ
     * (Encyclopaedia Iranica: Ḵalīlī, Ḡolām) and Azerbaijani's ş ğ ə (Həsən, Rəhimi), read as the
     * English digraph or vowel they stand for, so that Šahīdī meets Shahidi and Həsən meets Hassan.
     * The other marks (ā ī ū ḥ ṣ ṭ ẓ ż ʿ ʾ) only mark a letter that Latin-ASCII keeps. A list from
     * outside Iran that strips such a letter (Erdogan for Erdoğan) meets it one slip apart.
     */
    private static final String LATIN_NAME_RULES = """
            :: Any-Latin ;
            :: Lower ;
            š > sh ; ş > sh ; ž > zh ; č > ch ; ḫ > kh ; ẖ > kh ; ḵ > kh ; ǧ > j ; ġ > gh ; ḡ > gh ; ğ > gh ; ə > a ;
            :: Latin-ASCII ;
            """;
    private static final ThreadLocal<Transliterator> TO_ASCII = ThreadLocal.withInitial(() ->
            Transliterator.createFromRules("SafePassage-LatinNames", LATIN_NAME_RULES, Transliterator.FORWARD));
    private static final Remembered<NameKey> KEYS = new Remembered<>(PersianNames::compute, 2_000_000);
    /** {@link #textCharacter} of every char, worked out once (128 KiB). */
    private static final char[] TEXT_CHARACTERS = textCharacters();

    private PersianNames() {
    }

    /** The keys of a name; {@link NameKey#EMPTY} for null or blank. */
    public static NameKey key(String raw) {
        if (raw == null || raw.isBlank()) {
            return NameKey.EMPTY;
        }
        return KEYS.get(raw);
    }

    /**
     * Persian text in Latin letters as ICU's BGN/PCGN rules write it (unvowelled, as Persian is:
     * حسین as Hsyn), for a rewrite that gives a Persian name its Latin spelling beside it.
     */
    public static String romanised(String persian) {
        return PERSIAN_TO_LATIN.get().transliterate(persian);
    }

    /** Persian text in one canonical form: Persian letters, no diacritics, tatweel or ZWNJ variants, ASCII digits. */
    public static String canonicalPersian(String raw) {
        return canonicalPersian(raw, false);
    }

    /** The same, with a hamza seat ئ kept for the name keys to read ({@link PersianScriptKey}) when asked. */
    private static String canonicalPersian(String raw, boolean keepHamzaSeats) {
        String text = NFKC.normalize(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || c == '\u0640') {
                continue; // harakat, shadda, superscript alef; tatweel
            }
            if (UCharacter.isDigit(c)) {
                out.append((char) ('0' + UCharacter.digit(c, 10)));
                continue;
            }
            // ZWNJ, ZWJ, no-break space: a join, decided by the caller
            out.append(c == '\u200C' || c == '\u200D' || c == '\u00A0' ? ' ' : keepHamzaSeats && c == '\u0626' ? c : letterForm(c));
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A character of free text as texts are compared (a narrative's own words, a template's
     * fingerprint): Persian letter forms made one ({@link #letterForm}), lower case, a digit of
     * any script as its ASCII digit; 0 for tatweel and harakat, which are left out without a trace;
     * ' ' for anything else (spaces, non-joiners, punctuation), which separates.
     */
    public static char textCharacter(char c) {
        // looked up: every character of a million narratives passes here twice (their own words, their fingerprint)
        return TEXT_CHARACTERS[c];
    }

    private static char[] textCharacters() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = readAsText((char) c);
        }
        return table;
    }

    private static char readAsText(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : ' ';
        }
        if (isTatweelOrVowelMark(c)) {
            return 0;
        }
        char form = letterForm(c);
        if (form != c) {
            return form;
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : ' ';
    }

    /** Tatweel (the stroke that stretches a word) or a short-vowel mark (harakat, shadda, superscript alef): they change no word. */
    public static boolean isTatweelOrVowelMark(char c) {
        return c == '\u0640' || c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    /**
     * The one form of a Persian letter written in its Arabic form or on a hamza carrier (ي ى ئ → ی,
     * ك → ک, ة → ه, أ إ آ ٱ → ا, ؤ → و); any other character as it is. Names, texts' fingerprints and
     * narratives read letters through it.
     */
    public static char letterForm(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u0626' -> '\u06CC';
            case '\u0643' -> '\u06A9';
            case '\u0629' -> '\u0647';
            case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
            case '\u0624' -> '\u0648';
            default -> c;
        };
    }

    private static NameKey compute(String raw) {
        if (hasArabicScript(raw)) {
            return PersianScriptKey.of(NFKC.normalize(raw));
        }
        String ascii = TO_ASCII.get().transliterate(NFKC.normalize(raw)).toLowerCase(Locale.ROOT);
        String joined = ascii.replaceAll("[^a-z]", "");
        return joined.isEmpty() ? NameKey.EMPTY : latinKey(joined, foldedWordByWord(ascii));
    }

    /**
     * A Latin name folded with its digraphs read within each word, not across the space, hyphen or
     * apostrophe between two (Malek Hossein is not Male Khossein, nor Ahmad Jan Ahma Djan, and
     * Es'haq keeps its s and h, اسحاق); the vowels folded over the whole, so that a compound meets
     * itself written as one word (Fatemeh Zahra, Fatemehzahra).
     */
    private static String foldedWordByWord(String ascii) {
        StringBuilder letters = new StringBuilder(ascii.length());
        for (String word : ascii.split("[^a-z]+")) {
            letters.append(LatinSpelling.foldDigraphs(word));
        }
        return LatinSpelling.foldSingleLetters(letters.toString());
    }

    /**
     * The keys of a name already in lower-case ASCII letters (two folded Latin words written as one,
     * say): what {@link #key} gives for it, without the transliteration.
     */
    public static NameKey latinKey(String letters) {
        return letters.isEmpty() ? NameKey.EMPTY : latinKey(letters, LatinSpelling.fold(letters));
    }

    private static NameKey latinKey(String letters, String folded) {
        String skeleton = LatinSpelling.latinSkeleton(folded);
        String alternative = LatinSpelling.kasraSkeleton(letters);
        // Arabic-style th for ث and dh for ض ذ ظ, which Persian says s and z: Kolthoum, Meitham,
        // Hadith, Ramadhan for کلثوم میثم حدیث رمضان; in a name that has a kasra reading too, both
        // at once where the th or dh is a letter of that name's own pattern (Kadhim, Fadhil, Thabit
        // for کاظم فاضل ثابت), not where it can be two names met (Mohammadhakim, Mohammad Habib)
        String arabicStyle = letters.replace("th", "s").replace("dh", "z");
        if (alternative.isEmpty() && !arabicStyle.equals(letters)) {
            alternative = LatinSpelling.latinSkeleton(LatinSpelling.fold(arabicStyle));
        } else if (!alternative.isEmpty()) {
            String bothReadings = LatinSpelling.kasraSkeleton(LatinSpelling.arabicStyleRadicals(letters));
            alternative = bothReadings.isEmpty() ? alternative : bothReadings;
        }
        return new NameKey(folded, skeleton, false, alternative, "aeiou".indexOf(letters.charAt(0)) >= 0);
    }

    /** Whether the text holds a letter of the Arabic script (Persian written in it). */
    public static boolean hasArabicScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (UScript.getScript(text.charAt(i)) == UScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case words of a name, for token-based matching of full names; a Persian word keeps its hamza seats for its key. */
    public static String[] tokens(String raw) {
        if (raw == null || raw.isBlank()) {
            return new String[0];
        }
        String text = hasArabicScript(raw) ? canonicalPersian(raw, true) : NFKC.normalize(raw).toLowerCase(Locale.ROOT);
        return text.split("[\\s,.\\-_'’‘\"()/]+");
    }
}
