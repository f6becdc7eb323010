package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.Evidence.note;
import static org.safepassage.vetting.link.LinkageModel.Field.BRANCH;
import static org.safepassage.vetting.link.LinkageModel.Field.POSITION;
import static org.safepassage.vetting.link.LinkageModel.Field.PROVINCE;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.safepassage.vetting.link.Evidence;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.LinkageModel.Field;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;
import org.safepassage.vetting.names.Provinces;

/**
 * A field read through a table (posts, branches, provinces): two values of the table count by how
 * many records share the value, two different ones against (people move between posts, branches
 * and provinces); a text the table does not read ({@link PersonRecord#isAsWritten}) counts only
 * when both wrote it alike, as it may be another wording of either.
 */
public final class TableFieldComparison {

    private final FieldAgreement agreement;
    private final Field field;
    private final Agreeing agreeing;
    private final double differs;
    /** Compared only between records of one organisation (its posts and branches are its own). */
    private final boolean withinOrganization;
    private final String sameAsWritten;
    private final String same;
    private final String different;
    /** A value as reasons name it. */
    private final UnaryOperator<String> shown;

    private TableFieldComparison(FieldAgreement agreement, LinkageModel model, Field field, Agreeing agreeing, boolean withinOrganization,
                                 String sameAsWritten, String same, String different, UnaryOperator<String> shown) {
        this.agreement = agreement;
        this.field = field;
        this.agreeing = agreeing;
        this.differs = model.value(field, DIFFERS);
        this.withinOrganization = withinOrganization;
        this.sameAsWritten = sameAsWritten;
        this.same = same;
        this.different = different;
        this.shown = shown;
    }

    /** Posts within the same organisation, from the table of posts. */
    public static TableFieldComparison post(FieldAgreement agreement, LinkageModel model) {
        return new TableFieldComparison(agreement, model, POSITION, Agreeing.POSITION, true,
                "same post as written", "same post", "different posts", UnaryOperator.identity());
    }

    /** Branches within the same organisation, from the table of branches. */
    public static TableFieldComparison branch(FieldAgreement agreement, LinkageModel model) {
        return new TableFieldComparison(agreement, model, BRANCH, Agreeing.BRANCH, true,
                "same branch", "same branch", "different branches", UnaryOperator.identity());
    }

    /** Provinces of service, from the gazetteer of provinces. */
    public static TableFieldComparison province(FieldAgreement agreement, LinkageModel model) {
        return new TableFieldComparison(agreement, model, PROVINCE, Agreeing.PROVINCE, false,
                "same province", "same province", "different provinces", Provinces::englishName);
    }

    /** The weight of the field given by both, {@code x} of {@code a} and {@code y} of {@code b}. */
    public double weigh(PersonRecord a, PersonRecord b, String x, String y, List<Evidence> evidence) {
        if (x == null || y == null || withinOrganization && !Objects.equals(a.organization(), b.organization())) {
            return 0;
        }
        if (x.equals(y)) {
            double weight = agreement.of(agreeing, a);
            if (evidence != null) {
                note(evidence, field, EXACT, weight, PersonRecord.isAsWritten(x) ? sameAsWritten : same + " (" + shown.apply(x) + ")");
            }
            return weight;
        }
        if (PersonRecord.isAsWritten(x) || PersonRecord.isAsWritten(y)) {
            return 0;
        }
        if (evidence != null) {
            note(evidence, field, DIFFERS, differs, different + " (" + shown.apply(x) + " / " + shown.apply(y) + ")");
        }
        return differs;
    }
}
