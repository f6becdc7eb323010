package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.FAMILY;
import static org.safepassage.vetting.link.compare.Levels.AGE;
import static org.safepassage.vetting.link.compare.Levels.CONFLICT;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import org.safepassage.core.registration.Relation;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;

/**
 * Family members listed by both: each relative of the same kind born within a year of one on
 * the other list counts for; a spouse listed by both with years far apart counts against. A
 * spouse's or a child's age says much of the person's own: when both give their birth year it
 * was counted there, and when they do not, the first member matched counts that age as well.
 */
public final class FamilyComparison {

    private final double relativeSame;
    private final double relativeTellsAge;
    private final double childrenApart;
    private final double spousesApart;

    public FamilyComparison(LinkageModel model) {
        relativeSame = model.value(FAMILY, EXACT);
        relativeTellsAge = model.value(FAMILY, AGE);
        childrenApart = model.value(FAMILY, DIFFERS);
        spousesApart = model.value(FAMILY, CONFLICT);
    }

    public double weigh(PersonRecord a, PersonRecord b, List<Evidence> evidence) {
        int[] x = a.relatives();
        int[] y = b.relatives();
        if (x.length == 0 || y.length == 0) {
            return 0;
        }
        // Both lists are sorted (relation, then year): taking for each member the first free one of
        // the other list within a year gives the largest matching, the same from either side.
        int matched = 0;
        boolean[] used = new boolean[y.length];
        for (int member : x) {
            if (member % 10_000 == 0) {
                continue;
            }
            for (int j = 0; j < y.length; j++) {
                if (!used[j] && y[j] / 10_000 == member / 10_000 && Math.abs(y[j] % 10_000 - member % 10_000) <= 1) {
                    used[j] = true;
                    matched++;
                    break;
                }
            }
        }
        boolean spouseConflict = spousesApart(x, y);
        boolean childrenDiffer = matched == 0 && hasChild(x) && hasChild(y);
        double weight = 0;
        if (childrenDiffer) {
            note(evidence, FAMILY, DIFFERS, childrenApart, "children listed by both, none born within a year of another");
            weight += childrenApart;
        }
        if (matched > 0) {
            if (evidence != null) {
                note(evidence, FAMILY, EXACT, matched * relativeSame,
                        matched + " family member(s) listed by both with matching birth years");
            }
            weight += matched * relativeSame;
            if (a.birthYear() == null || b.birthYear() == null) {
                note(evidence, FAMILY, AGE, relativeTellsAge, "their ages told by a family member, as their own birth years are not both given");
                weight += relativeTellsAge;
            }
        }
        if (spouseConflict) {
            note(evidence, FAMILY, CONFLICT, spousesApart, "spouses' birth years far apart");
            weight += spousesApart;
        }
        return weight;
    }

    /** Both list a spouse with a birth year, and no spouse of one was born within two years of one of the other's. */
    private static boolean spousesApart(int[] x, int[] y) {
        boolean both = false;
        for (int a : x) {
            for (int b : y) {
                if (a / 10_000 == Relation.SPOUSE.ordinal() && b / 10_000 == Relation.SPOUSE.ordinal()
                        && a % 10_000 != 0 && b % 10_000 != 0) {
                    if (Math.abs(a % 10_000 - b % 10_000) <= 2) {
                        return false;
                    }
                    both = true;
                }
            }
        }
        return both;
    }

    private static boolean hasChild(int[] relatives) {
        for (int member : relatives) {
            if (member / 10_000 == Relation.CHILD.ordinal() && member % 10_000 != 0) {
                return true;
            }
        }
        return false;
    }
}
