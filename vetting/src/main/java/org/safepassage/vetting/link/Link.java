package org.safepassage.vetting.link;

import java.util.List;

/**
 * Two registrations taken for one person, the weight of the evidence, and its reasons.
 *
 * @param confirmed whether something only the person knows (national ID, father's name, birth
 *                  place, family) agrees between the two; an unconfirmed link rests on what anyone
 *                  could know or copy (name, service, unit, rank), lends neither
 *                  registration credibility, and is shown as unconfirmed until the person confirms it
 */
public record Link(String a, String b, double weight, List<String> reasons, boolean confirmed) {

    /** A link between two records, its reasons the evidence of their comparison; confirmed unless that evidence says it is not. */
    public static Link between(PersonRecord a, PersonRecord b, double weight, List<Evidence> evidence) {
        return new Link(a.id(), b.id(), weight, evidence.stream().map(Evidence::reason).toList(),
                evidence.stream().noneMatch(e -> e.field() == LinkageModel.Field.PAIR && PairComparator.UNCONFIRMED_LEVEL.equals(e.level())));
    }
}
