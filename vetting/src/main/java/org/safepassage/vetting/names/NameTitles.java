package org.safepassage.vetting.names;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Honorifics written with a name on some registrations of a person and not on others. Before it:
 * Seyed (a descendant of the Prophet, in every spelling), Mir, Haj (one who made the pilgrimage),
 * Karbalaei and Mashhadi (pilgrims to Karbala and Mashhad), Sheikh, Mulla, the clergy's ranks
 * (Hojatoleslam, Ayatollah, Sarkar, in either script and joined or apart: حجت‌الاسلام, حجت الاسلام),
 * Sardar (an IRGC commander), Dr., Mr. and آقای, Mrs., Ms., Miss, خانم and بانو (as lists write a
 * woman's name as they write a man's with Mr.), and مرحوم (the late), which forms ask of a father
 * who has died. After it: Sadat and Beygom after a woman's name (فاطمه سادات, a descendant of the Prophet),
 * Khanom and Agha (Zahra Khanom, Ali Agha). A title word is left out before a name is compared,
 * when a name remains without it; a title joined to the name (Mirhossein, Seyedali) is a different
 * spelling of a different name and stays.
 */
public final class NameTitles {

    private static final List<String> TITLES = Stream.of(
            "سید", "سیده", "سيد", "سيده", "میر", "حاج", "حاجی", "حاجیه", "شیخ", "ملا", "دکتر", "مهندس", "سرکار",
            "کربلایی", "کربلائی", "مشهدی", "مشتی", "مرحوم", "شادروان", "سردار", "آقای", "خانم", "بانو",
            "حجت‌الاسلام‌والمسلمین", "حجت‌الاسلام", "حجت الاسلام", "حجتالاسلام", "آیت‌الله", "آیت الله", "آیتالله", "ایت‌الله",
            "seyed", "seyyed", "sayed", "sayyed", "sayyid", "sayid", "syed", "seyyedeh", "seyedeh",
            "mir", "haj", "hajj", "haji", "hajji", "hajieh", "sheikh", "sheykh", "shaikh", "mulla", "molla", "mullah",
            "dr", "dr.", "doctor", "mohandes", "eng", "eng.", "sarkar", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "khanom", "banoo",
            "karbalaei", "karbalaee", "karbalayi", "karbalai", "kablaei", "mashhadi", "mashadi", "mashti",
            "marhoum", "marhum", "marhoom", "late", "the late", "sardar",
            "hojatoleslam", "hojjatoleslam", "hojjat-ol-eslam", "hojat-ol-eslam", "hojjat ol-eslam", "hojatolislam",
            "hojjat al-islam", "ayatollah", "ayatolah", "ayatullah", "ayat-ollah", "ayat allah")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList(); // the longest reading first

    /** Titles written after a name, when a name remains before them. */
    private static final List<String> AFTER = List.of("سادات", "بیگم", "خانم", "خانوم", "آقا",
            "sadat", "sadaat", "beygom", "beigom", "begum", "begom", "bigom", "bigum", "beygum", "khanom", "khanum", "khanoom",
            "agha", "aqa");

    /** Titles that also open family names (Mir Hosseini, Sheikh Attar, Haj Rezaei, Karbalaei Hosseini): these stay in a family name. */
    private static final List<String> FAMILY_NAME_WORDS = List.of("میر", "شیخ", "حاج", "حاجی", "کربلایی", "مشهدی", "سردار",
            "mir", "sheikh", "sheykh", "shaikh", "haj", "hajj", "haji", "hajji", "karbalaei", "karbalaee", "karbalayi", "karbalai",
            "mashhadi", "mashadi", "sardar");

    private NameTitles() {
    }

    /**
     * A family name without the title words it starts with, as a given name and its title written
     * in the family name's place (names swapped: Seyyed Reza / Mousavi) are read; titles that also
     * open family names (Mir, Sheikh, Haj) stay.
     */
    public static String stripFromFamilyName(String name) {
        if (name == null) {
            return null;
        }
        String whole = name.strip();
        String lower = whole.toLowerCase(Locale.ROOT);
        if (!hasBreak(whole)) {
            return FAMILY_NAME_WORDS.contains(lower) ? name : whole; // one word: as the loops below would find
        }
        for (String word : FAMILY_NAME_WORDS) {
            if (lower.startsWith(word) && (lower.length() == word.length() || isBreak(lower.charAt(word.length())))) {
                return name;
            }
        }
        return strip(name);
    }

    /** Whether the text is title words and nothing else (آقای, حاج آقای, Seyed). */
    public static boolean isOnlyTitles(String text) {
        String rest = text.strip().toLowerCase(Locale.ROOT);
        boolean stripped = true;
        while (stripped && !rest.isEmpty()) {
            stripped = false;
            for (String title : TITLES) {
                if (rest.equals(title)) {
                    return true;
                }
                if (rest.startsWith(title) && isBreak(rest.charAt(title.length()))) {
                    rest = rest.substring(title.length() + 1).strip();
                    stripped = true;
                    break;
                }
            }
        }
        return false;
    }

    /** The name without the title words it starts or ends with; the name itself when nothing else would remain. */
    public static String strip(String name) {
        if (name == null) {
            return null;
        }
        String rest = name.strip();
        if (!hasBreak(rest)) {
            return rest; // one word: a title is always followed or preceded by a break
        }
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            String lower = rest.toLowerCase(Locale.ROOT);
            for (String title : TITLES) {
                if (lower.length() > title.length() && lower.startsWith(title) && isBreak(lower.charAt(title.length()))) {
                    String after = rest.substring(title.length() + 1).strip();
                    if (after.isEmpty()) {
                        return rest;
                    }
                    rest = after;
                    stripped = true;
                    break;
                }
            }
        }
        return withoutTitleAfter(rest);
    }

    /** The name without a title word it ends with (فاطمه سادات, Ali Agha), when a name remains before it. */
    private static String withoutTitleAfter(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String title : AFTER) {
            int at = lower.length() - title.length();
            if (at > 0 && lower.endsWith(title) && isBreak(lower.charAt(at - 1))) {
                String before = name.substring(0, at - 1).strip();
                if (!before.isEmpty()) {
                    return before;
                }
            }
        }
        return name;
    }

    private static boolean hasBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == '\u200C' || c == '-';
    }
}
