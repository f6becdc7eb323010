package org.safepassage.vetting.names;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Honorifics written before a name on some registrations of a person and not on others: Seyed
 * (a descendant of the Prophet, in every spelling), Mir, Haj (one who made the pilgrimage), Sheikh,
 * Mulla, the clergy's ranks (Hojatoleslam, Ayatollah, Sarkar, in either script and joined or
 * apart: حجت‌الاسلام, حجت الاسلام), Dr. A leading title word is left out before a name is compared, when a name remains after
 * it; a title joined to the name (Mirhossein, Seyedali) is a different spelling of a different
 * name and stays.
 */
public final class NameTitles {

    private static final List<String> TITLES = Stream.of(
            "سید", "سیده", "سيد", "سيده", "میر", "حاج", "حاجی", "حاجیه", "شیخ", "ملا", "دکتر", "مهندس", "سرکار",
            "حجت‌الاسلام‌والمسلمین", "حجت‌الاسلام", "حجت الاسلام", "حجتالاسلام", "آیت‌الله", "آیت الله", "آیتالله", "ایت‌الله",
            "seyed", "seyyed", "sayed", "sayyed", "sayyid", "sayid", "syed", "seyyedeh", "seyedeh",
            "mir", "haj", "hajj", "haji", "hajji", "hajieh", "sheikh", "sheykh", "shaikh", "mulla", "molla", "mullah",
            "dr", "dr.", "doctor", "mohandes", "eng", "eng.", "sarkar",
            "hojatoleslam", "hojjatoleslam", "hojjat-ol-eslam", "hojat-ol-eslam", "hojjat ol-eslam", "hojatolislam",
            "hojjat al-islam", "ayatollah", "ayatolah", "ayatullah", "ayat-ollah", "ayat allah")
            .sorted(Comparator.comparingInt(String::length).reversed()).toList(); // the longest reading first

    /** Titles that also open family names (Mir Hosseini, Sheikh Attar, Haj Rezaei): these stay in a family name. */
    private static final List<String> FAMILY_NAME_WORDS = List.of("میر", "شیخ", "حاج", "حاجی", "mir", "sheikh", "sheykh", "shaikh",
            "haj", "hajj", "haji", "hajji");

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
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (String word : FAMILY_NAME_WORDS) {
            if (lower.startsWith(word) && (lower.length() == word.length() || isBreak(lower.charAt(word.length())))) {
                return name;
            }
        }
        return strip(name);
    }

    /** The name without the title words it starts with; the name itself when nothing else would remain. */
    public static String strip(String name) {
        if (name == null) {
            return null;
        }
        String rest = name.strip();
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
        return rest;
    }

    private static boolean isBreak(char c) {
        return Character.isWhitespace(c) || c == '\u200C' || c == '-';
    }
}
