package org.safepassage.vetting.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Family names as Persian builds them: the common ones as listed, then a long tail made of a
 * base word and a suffix (-i, -zadeh, -pour, -nejad, -ian, -far, -nia, -lou, -khani, -vand), each
 * with the Latin spellings the suffix is found under. Earlier names are more common (Zipf).
 */
final class FamilyNames {

    private static final String[][] SUFFIXES = {
            {"زاده", "zadeh|zade"}, {"پور", "pour|pur|poor"}, {"نژاد", "nejad|nezhad"}, {"یان", "ian|iyan|yan"},
            {"فر", "far"}, {"نیا", "nia|niya"}, {"لو", "lou|loo|lu"}, {"خانی", "khani|khany"}, {"وند", "vand|wand"}};
    private static final String ZWNJ = "\u200C";

    private FamilyNames() {
    }

    static List<NameList.Entry> build(NameList common, NameList bases) {
        List<NameList.Entry> names = new ArrayList<>(common.entries());
        for (NameList.Entry base : bases.entries()) {
            names.add(withI(base));
        }
        for (String[] suffix : SUFFIXES) {
            for (NameList.Entry base : bases.entries()) {
                boolean joinedWithZwnj = suffix[0].equals("زاده") || suffix[0].equals("پور") || suffix[0].equals("نژاد");
                String persian = base.persian() + (joinedWithZwnj && !endsWithNonJoining(base.persian()) ? ZWNJ : "") + suffix[0];
                List<String> latin = new ArrayList<>();
                for (String spelling : base.latin()) {
                    for (String end : suffix[1].split("\\|")) {
                        latin.add(spelling + end);
                    }
                }
                names.add(new NameList.Entry("", persian, latin));
            }
        }
        return names;
    }

    private static NameList.Entry withI(NameList.Entry base) {
        List<String> latin = new ArrayList<>();
        for (String spelling : base.latin()) {
            if (spelling.endsWith("a")) {
                latin.add(spelling + "ei");
                latin.add(spelling + "ee");
                latin.add(spelling + "yi");
            } else {
                latin.add(spelling + "i");
                latin.add(spelling + "y");
            }
        }
        String persian = base.persian().endsWith("ا") ? base.persian() + "یی" : base.persian() + "ی";
        return new NameList.Entry("", persian, latin);
    }

    /** Letters that never join the next one; no ZWNJ is needed after them. */
    private static boolean endsWithNonJoining(String word) {
        return "ادذرزژو".indexOf(word.charAt(word.length() - 1)) >= 0;
    }
}
