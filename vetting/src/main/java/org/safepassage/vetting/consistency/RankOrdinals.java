package org.safepassage.vetting.consistency;

import java.util.HashMap;
import java.util.Map;

/**
 * The grade of a rank written any way people write it — a digit in either script, an English
 * ordinal, a Persian ordinal or its Latin spelling (گروهبان ۲, Goruhban 2, Goruhban dovom,
 * Sergeant 2nd class, Sergeant second class) — as one word, so that every form meets every other.
 */
final class RankOrdinals {

    private static final Map<String, String> GRADES = grades();

    private RankOrdinals() {
    }

    /** The grade word a word stands for (یکم, دوم, سوم), or the word itself. */
    static String canonical(String word) {
        return GRADES.getOrDefault(word, word);
    }

    private static Map<String, String> grades() {
        Map<String, String> grades = new HashMap<>();
        put(grades, "یکم", "1", "1st", "first", "یک", "اول", "yekom", "yekkom", "yekum", "avval", "aval");
        put(grades, "دوم", "2", "2nd", "second", "دو", "dovom", "dovvom", "dowom", "dovum", "doyom");
        put(grades, "سوم", "3", "3rd", "third", "سه", "sevom", "sevvom", "sewom", "sevum", "soum");
        return Map.copyOf(grades);
    }

    private static void put(Map<String, String> grades, String grade, String... forms) {
        grades.put(grade, grade);
        for (String form : forms) {
            grades.put(form, grade);
        }
    }
}
