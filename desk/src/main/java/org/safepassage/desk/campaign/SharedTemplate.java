package org.safepassage.desk.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.safepassage.vetting.names.PersianNames;

/**
 * A campaign's text with the words its members share marked: the template shows as what is
 * highlighted, the slots (names, units, numbers) as what is not.
 */
public final class SharedTemplate {

    /** Words found in at least this share of the members' texts are the template's. */
    static final double SHARED = 0.6;

    private SharedTemplate() {
    }

    /** A run of the text, and whether it is the shared template's. */
    public record Segment(String text, boolean shared) {
    }

    public static List<Segment> highlight(String text, List<String> memberTexts) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Map<String, Integer> textsWith = new HashMap<>();
        int texts = 0;
        for (String member : memberTexts) {
            if (member == null || member.isBlank()) {
                continue;
            }
            texts++;
            Set<String> words = new HashSet<>();
            for (String word : member.split("\\s+")) {
                words.add(key(word));
            }
            words.forEach(word -> textsWith.merge(word, 1, Integer::sum));
        }
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean runShared = null;
        for (String word : text.split("(?<=\\s)")) {
            boolean shared = texts > 1 && textsWith.getOrDefault(key(word), 0) >= SHARED * texts;
            if (runShared != null && shared != runShared) {
                segments.add(new Segment(run.toString(), runShared));
                run.setLength(0);
            }
            run.append(word);
            runShared = shared;
        }
        if (!run.isEmpty()) {
            segments.add(new Segment(run.toString(), runShared));
        }
        return segments;
    }

    private static String key(String word) {
        return PersianNames.canonicalPersian(word).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
