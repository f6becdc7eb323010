package org.safepassage.vetting.names;

/**
 * The Latin spelling variation of Persian names, folded away. Each rule is a general fact of
 * how Persian sounds are written in Latin script, not a list of names:
 * <ul>
 *   <li>one sound, several spellings: gh/q (ق غ), kh/x (خ), zh/j (ژ, and ج in a French-style opening dj),
 *   sh (ش), ch (چ), ph/f, w/v (و), ck/c/k;</li>
 *   <li>long and short vowels: ou/oo/u, ee/ei/ey/ie/i/y (ی), aa/a, final -eh/-e (silent ه);</li>
 *   <li>doubled consonants (Mohammad/Mohamad, Hossein/Hosein);</li>
 *   <li>word-joining particles written apart or together (handled by the caller's joining).</li>
 * </ul>
 */
public final class LatinSpelling {

    private LatinSpelling() {
    }

    /** Lower-case ASCII letters in; one spelling of the sounds out. */
    public static String fold(String letters) {
        return foldSingleLetters(foldDigraphs(letters));
    }

    /**
     * The consonant digraphs alone, one letter for each (sh S, kh x, gh q, ch C, zh j, ph f), and w v,
     * c k. French-style dj is ج where a word opens with it (Djavad, Djafar); inside a word it is
     * almost always د then ج of a compound (Mohammadjavad, Omidjan: 19 of the 20 in the public list of
     * Persian names and their Latin forms), and is left as written.
     */
    public static String foldDigraphs(String letters) {
        String s = letters.startsWith("dj") ? letters.substring(1) : letters;
        return s.replace("zh", "j").replace("kh", "x").replace("gh", "q").replace("sh", "S")
                .replace("ch", "C").replace("ph", "f").replace("ck", "k").replace('w', 'v').replace('c', 'k');
    }

    /**
     * The vowel folding alone, for letters that already stand one for each sound (a Persian
     * spelling, where ش چ خ غ ژ were marked S C x q j before transliteration).
     */
    public static String foldSingleLetters(String letters) {
        String s = letters.replace('w', 'v');
        s = s.replace("ou", "u").replace("oo", "u").replace("uu", "u");
        s = s.replace("ee", "i").replace("ei", "i").replace("ey", "i").replace("ie", "i").replace("ii", "i");
        s = s.replace("aa", "a");
        s = s.replace('y', 'i');
        s = collapseDoubles(s);
        if (s.length() > 2 && s.endsWith("eh")) {
            s = s.substring(0, s.length() - 2) + "e";
        }
        return s;
    }

    /**
     * A skeleton with the letters made one that romanisations of one Persian letter swap: Latin g
     * for ق and غ (Gasemi), h for خ (Hosravi, Hoy). Coarser than the skeleton: what it joins may be
     * one name or two, and a comparison must decide.
     */
    public static String mergeSwappedLetters(String skeleton) {
        return skeleton.replace('g', 'q').replace('x', 'h');
    }

    /**
     * What both scripts write: consonants and the long vowel ی (Latin i, ee, ei, ey, y), which
     * tells Hossein from Hassan; not the short vowels Persian leaves unwritten, not و (v, u or
     * o), not an opening vowel (ا is a, e, i or o in Latin). A name that ends in a vowel sound
     * ends in {@code V} whatever wrote it (Latin -a/-e/-i/-o/-u, Persian final ی ه و): that ending
     * tells Ghasemi from Ghasem and Karimi from Karim.
     *
     * <p>A و the name opens with is the consonant v (Vahid, وحید), and so is one right after an
     * opening آ: Persian writes آوا, آوین, آوید for Ava, Avin, Avid, and the key of a Persian spelling
     * keeps no letter for the آ. A Latin spelling keeps its v after the opening vowel too (Ava, Evaz,
     * Oveysi for آوا عوض اویسی), see {@link #latinSkeleton}; a Persian و after another opening letter
     * may be a vowel (ایوب, Ayoub) and is left out as in the middle of a name.
     */
    public static String skeleton(String folded) {
        return skeleton(folded, false);
    }

    /**
     * The skeleton of a Latin spelling: as {@link #skeleton(String)}, with a v right after the
     * opening vowels kept as the consonant it is (Ava, Avin, Evaz, Oveysi), as the skeleton of
     * their Persian spellings keeps the و after the opening آ, ع or ا.
     */
    public static String latinSkeleton(String folded) {
        return skeleton(folded, true);
    }

    private static String skeleton(String folded, boolean latin) {
        int start = 0;
        while (start < folded.length() - 1 && "aeiou".indexOf(folded.charAt(start)) >= 0) {
            start++;
        }
        int end = folded.length();
        while (end > start + 1 && "aeiouhv".indexOf(folded.charAt(end - 1)) >= 0) {
            end--;
        }
        boolean vowelEnding = end < folded.length();
        StringBuilder out = new StringBuilder(end - start + 1);
        for (int i = start; i < end; i++) {
            char c = folded.charAt(i);
            if (i > start && (c == 'a' || c == 'e' || c == 'o' || c == 'u') || c == 'v' && i > (latin ? start : 0)) {
                continue;
            }
            out.append(c);
        }
        String written = collapseDoubles(out.toString());
        return vowelEnding ? written + "V" : written;
    }

    /**
     * Arabic-style romanisation writes the short vowel e of a last syllable as i: Kazim, Sadiq,
     * Baqir, Hashim, Nasir for کاظم صادق باقر هاشم ناصر, which Persian writes without ی. For a
     * Latin spelling that ends in consonant, lone i, consonant, the skeleton it has when that i is
     * read so; empty otherwise, and when fewer than three letters would remain (Amir is not Omar).
     *
     * @param letters lower-case ASCII letters, before folding
     */
    public static String kasraSkeleton(String letters) {
        int n = letters.length();
        if (n < 4 || letters.charAt(n - 2) != 'i' || isVowelLetter(letters.charAt(n - 1)) || letters.charAt(n - 1) == 'h'
                || isVowelLetter(letters.charAt(n - 3))) {
            return "";
        }
        String alternative = latinSkeleton(fold(letters.substring(0, n - 2) + letters.charAt(n - 1)));
        // a leading y is a consonant the skeleton drops with the vowels (Yasir / یاسر keeps two letters)
        return alternative.length() >= 3 || alternative.length() == 2 && letters.charAt(0) == 'y' ? alternative : "";
    }

    /**
     * A name of the Arabic pattern the kasra reading reads (Kazim, Fadil: a letter, a vowel, a
     * letter, i, a letter) with an Arabic-style th or dh as its first letter or right before the i
     * read as ث and ذ (Thabit, Dhakir, Kadhim, Fadhil as ثابت ذاکر کاظم فاضل); the letters as
     * they are where there is none, or where the digraph stands elsewhere, as where two names meet
     * (Mohammadhabib).
     */
    static String arabicStyleRadicals(String letters) {
        int n = letters.length();
        if (n < 6) {
            return letters;
        }
        String read = letters;
        if (isArabicStyleDigraph(read, n - 4)) {
            read = read.substring(0, n - 4) + (read.charAt(n - 4) == 't' ? 's' : 'z') + read.substring(n - 2);
        }
        return isArabicStyleDigraph(read, 0) ? (read.charAt(0) == 't' ? 's' : 'z') + read.substring(2) : read;
    }

    private static boolean isArabicStyleDigraph(String letters, int at) {
        return at >= 0 && (letters.startsWith("th", at) || letters.startsWith("dh", at));
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
