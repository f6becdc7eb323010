package org.safepassage.vetting.names;

import java.util.Locale;
import java.util.Set;

/**
 * Honorifics written before a name on some registrations of a person and not on others: Seyed
 * (a descendant of the Prophet, in every spelling), Mir, Haj (one who made the pilgrimage), Sheikh,
 * Mulla, Dr. A leading title word is left out before a name is compared, when a name remains after
 * it; a title joined to the name (Mirhossein, Seyedali) is a different spelling of a different
 * name and stays.
 */
public final class NameTitles {

    private static final Set<String> TITLES = Set.of(
            "سید", "سیده", "سيد", "سيده", "میر", "حاج", "حاجی", "حاجیه", "شیخ", "ملا", "دکتر", "مهندس",
            "seyed", "seyyed", "sayed", "sayyed", "sayyid", "sayid", "syed", "seyyedeh", "seyedeh",
            "mir", "haj", "hajj", "haji", "hajji", "hajieh", "sheikh", "sheykh", "shaikh", "mulla", "molla", "mullah",
            "dr", "dr.", "doctor", "mohandes", "eng", "eng.");

    private NameTitles() {
    }

    /** The name without the title words it starts with; the name itself when nothing else would remain. */
    public static String strip(String name) {
        if (name == null) {
            return null;
        }
        String rest = name.strip();
        while (true) {
            int space = firstBreak(rest);
            if (space < 0) {
                return rest;
            }
            String first = rest.substring(0, space).toLowerCase(Locale.ROOT);
            String after = rest.substring(space + 1).strip();
            if (!TITLES.contains(first) || after.isEmpty()) {
                return rest;
            }
            rest = after;
        }
    }

    private static int firstBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u200C' || c == '-') {
                return i;
            }
        }
        return -1;
    }
}
