package org.safepassage.vetting.names;

import java.util.regex.Pattern;

/**
 * The keys of a name written in Persian script: its letters as Latin writes them (one symbol for
 * each letter Latin writes with two), folded; the skeleton both scripts share; and the skeleton of
 * its other reading, where the writing keeps what the voice does not (a compound's silent ه, the
 * article's ل before a sun letter, an opening او said o) or a hamza seat may be read either way.
 */
final class PersianScriptKey {

    /**
     * A ه closing a word of a compound after a consonant or ی is the silent ه of a closing -e,
     * which Latin writes -eh or -e (فاطمه زهرا Fatemeh Zahra or Fateme Zahra, آسیه خانم, آرته دخت
     * Arte Dokht): the key's alternative skeleton reads it as that vowel, as the skeleton does at the
     * end of a name, while the skeleton keeps it, so that the compound meets itself written as one
     * word (فاطمهزهرا, Fatemehzahra). After ا or و it is heard (شاه Shah, کوه Kuh), and so it is in
     * الله / اله (Allah Verdi).
     */
    private static final Pattern SILENT_HEH_BEFORE_NEXT_WORD =
            Pattern.compile("(?<![\\u0627\\u0648])(?<!\\u0627\\u0644)(?<!\\u0644\\u0644)\\u0647(?= )");
    /**
     * The article ال inside a compound name before a sun letter (ت ث د ذ ر ز س ش ص ض ط ظ ن), whose
     * ل takes the letter's sound: شمس‌الدین Shamsoddin, بدرالزمان Badrozzaman, اشرف السادات Ashrafossadat,
     * as often as it is written Shams al-Din or Abdolreza (in the public list of Persian names and
     * their Latin forms, 105 of the 369 الدین are written without the l). An article opens a word
     * after the first, or follows three letters or more of one (عبد, نصر): الناز Elnaz, سالار Salar and
     * خالدی Khaledi keep their ل.
     */
    private static final Pattern ARTICLE_BEFORE_SUN_LETTER =
            Pattern.compile("(?:(?<= )|(?<=[^ ]{3}))\u0627\u0644(?=[\u062A\u062B\u062F\u0630\u0631\u0632\u0633\u0634\u0635\u0636\u0637\u0638\u0646])");
    /**
     * An opening او before a consonant, which is mostly the vowel o (اورنگ Orang, اولیا Olia, اوحدی
     * Ohadi: 76 of the 88 such names in the public list of Persian names and their Latin forms) and
     * sometimes o then v (اویسی Oveysi, Owhadi), which the skeleton reads. Not آو, always a then v
     * (آوند Avand), which is told apart here, before the letter forms are made one.
     */
    private static final Pattern OPENING_VOWEL_O =
            Pattern.compile("^\u0627\u0648(?=[^\u0627\u0622\u0648\u06CC\u064A\u0649\u0647\u0639\u0626\u0621\s])");

    private PersianScriptKey() {
    }

    /** The keys of a name in Persian script, NFKC-normalised. */
    static NameKey of(String text) {
        String canonical = PersianNames.canonicalPersian(text);
        String joined = latinLetters(canonical);
        if (joined.isEmpty()) {
            return NameKey.EMPTY;
        }
        // letter for letter, a hamza seat is the ی it is folded into: فائزه and فایزه, as Persian
        // keyboards write it, are one spelling; the skeleton reads the seat as the vowel break
        String folded = LatinSpelling.foldSingleLetters(joined);
        String seatsAsYeh = LatinSpelling.skeleton(folded);
        String seatsAsVowels = hamzaSeatsAsVowels(text);
        String canonicalWithBreaks = seatsAsVowels.equals(text) ? canonical : PersianNames.canonicalPersian(seatsAsVowels);
        String skeleton = canonicalWithBreaks.equals(canonical) ? seatsAsYeh : skeletonOf(canonicalWithBreaks);
        String openingSaid = OPENING_VOWEL_O.matcher(seatsAsVowels).replaceFirst("\u0627");
        String asSaid = asSaid(openingSaid.equals(seatsAsVowels) ? canonicalWithBreaks : PersianNames.canonicalPersian(openingSaid));
        String alternative = asSaid.equals(canonicalWithBreaks) ? seatsAsYeh : skeletonOf(asSaid);
        // alef, or ain: Latin writes the vowel it carries (علی Ali, عباس Abbas, عرفان Erfan)
        boolean opensWithVowel = canonical.charAt(0) == '\u0627' || canonical.charAt(0) == '\u0639';
        return new NameKey(folded, skeleton, true, alternative, opensWithVowel);
    }

    /**
     * A canonical Persian name as it is said where the writing keeps letters the voice does not: a
     * word's closing silent ه before the next word ({@link #SILENT_HEH_BEFORE_NEXT_WORD}), and the
     * ل of the article ال before a sun letter, which takes its sound ({@link #ARTICLE_BEFORE_SUN_LETTER});
     * the caller has read an opening او as the vowel o ({@link #OPENING_VOWEL_O}).
     */
    private static String asSaid(String canonical) {
        String withoutSilentHeh = SILENT_HEH_BEFORE_NEXT_WORD.matcher(canonical).replaceAll("");
        return ARTICLE_BEFORE_SUN_LETTER.matcher(withoutSilentHeh).replaceAll("\u0627");
    }

    private static String skeletonOf(String canonical) {
        return LatinSpelling.skeleton(LatinSpelling.foldSingleLetters(latinLetters(canonical)));
    }

    /**
     * A canonical Persian name in the lower-case Latin letters its keys are made of, with one
     * symbol for each letter Latin writes with two, so that ز+ه (zh) is not read as ژ, nor س+ه
     * (sh) as ش: the Persian spelling is unambiguous, keep it so. Words joined first: a compound
     * is written apart, with a zero-width non-joiner or as one word (علی اصغر, علی‌اصغر, علیاصغر),
     * and an alef opening its second part is read as the alef inside the one word, not dropped as
     * a word's opening vowel.
     */
    private static String latinLetters(String canonical) {
        String letters = canonical.replace(" ", "");
        String marked = PersianNames.romanised(markDigraphLetters(letters));
        String joined = marked.replaceAll("[^a-zSCXQJ]", "").replace('X', 'x').replace('Q', 'q').replace('J', 'j');
        return closesWithAinAfterConsonant(letters) && !joined.isEmpty() ? joined + "e" : joined;
    }

    /**
     * A hamza on its seat (ئ) before any letter but ی is a break between two vowels, which Persian
     * romanisation writes as the vowels alone: فائزه Faezeh, صائب Saeb, رئوف Raouf, قائد Ghaed (51
     * of the 57 such names in the public list of Persian names and their Latin forms). The key reads
     * it as the bare hamza, which it leaves out; its other reading (the ی the seat is otherwise
     * folded into, which Arabic-style romanisation writes: Qaim, Faiz) is the key's alternative
     * skeleton. Before ی (میکائیل Mikaeil, آئین Ayin) the ی is the vowel and the seat adds nothing.
     */
    private static String hamzaSeatsAsVowels(String text) {
        if (text.indexOf('\u0626') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean beforeYeh = i + 1 < text.length() && PersianNames.letterForm(text.charAt(i + 1)) == '\u06CC';
            out.append(c == '\u0626' && !beforeYeh ? '\u0621' : c);
        }
        return out.toString();
    }

    /**
     * Whether a name closes with ع after a consonant (زارع Zare, نافع Nafe, رافع Rafe): Latin writes
     * the vowel the ع carries there, and the key reads it as a vowel ending, as it does ی ه و. After
     * ا ی و the name closes with a vowel already (شجاع Shoja, ربیع Rabi, طلوع Tolue).
     */
    private static boolean closesWithAinAfterConsonant(String letters) {
        int n = letters.length();
        return n >= 2 && letters.charAt(n - 1) == '\u0639' && "\u0627\u06CC\u0648\u0639".indexOf(letters.charAt(n - 2)) < 0;
    }

    private static String markDigraphLetters(String persian) {
        StringBuilder out = new StringBuilder(persian.length());
        for (int i = 0; i < persian.length(); i++) {
            char c = persian.charAt(i);
            out.append(switch (c) {
                case 'ش' -> 'S';
                case 'چ' -> 'C';
                case 'خ' -> 'X';
                case 'غ', 'ق' -> 'Q';
                case 'ژ' -> 'J';
                default -> c;
            });
        }
        return out.toString();
    }
}
