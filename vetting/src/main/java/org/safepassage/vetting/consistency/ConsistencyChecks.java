package org.safepassage.vetting.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.NationalId;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Relation;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;

/**
 * Whether what one registration claims can all be true at once: a national ID that can exist, a
 * rank the organisation has, a career the age allows, a unit of that organisation, a family
 * whose ages fit. Every check leaves room for honest noise: a birth year may be one off by
 * conversion, a promotion may come early, so only claims well outside what a life allows count.
 */
public final class ConsistencyChecks {

    /** Years of slack on every age and career bound (Solar Hijri conversion, early promotion). */
    /** The signals these checks find, each from one registration by itself. */
    public static final java.util.Set<Signal> SIGNALS = java.util.EnumSet.of(Signal.AGE, Signal.UNIT_ORGANIZATION,
            Signal.NATIONAL_ID, Signal.RANK_ORGANIZATION, Signal.RANK_CAREER, Signal.FAMILY_AGES);

    static final int SLACK = 2;

    private ConsistencyChecks() {
    }

    /** What the claims contradict, each a finding with its reason; empty when they all fit. */
    public static List<Finding> check(Claims claims) {
        List<Finding> findings = new ArrayList<>(2);
        nationalId(claims, findings);
        Integer age = claims.age();
        if (age != null && (age < 15 || age > 90)) {
            findings.add(new Finding(Signal.AGE, 1, "a claimed age of " + age + " for someone in service"));
        }
        if (age != null && claims.yearsOfService() != null && claims.yearsOfService() > age - 15 + SLACK) {
            findings.add(new Finding(Signal.AGE, 1, claims.yearsOfService() + " years of service at an age of about " + age));
        }
        Rank rank = RankTable.get().find(claims.rank());
        if (rank != null) {
            rank(claims, rank, age, findings);
        }
        UnitWords.UnitWord unitWord = UnitWords.get().find(claims.unit());
        if (unitWord != null && claims.organization() != null && !unitWord.organizations().contains(claims.organization())) {
            findings.add(new Finding(Signal.UNIT_ORGANIZATION, 0.8, "the unit \"" + claims.unit() + "\" (" + unitWord.word()
                    + ") belongs to " + names(unitWord.organizations()) + ", not " + claims.organization().wireName()));
        }
        family(claims, findings);
        return findings;
    }

    private static void nationalId(Claims claims, List<Finding> findings) {
        String id = claims.nationalId();
        if (id == null) {
            return;
        }
        // first: such an ID's check digit works out, but it is not counted as valid, and "check digit wrong" would mislead
        if (NationalId.isWellFormed(id) && NationalId.isOneDigitRepeated(id)) {
            findings.add(new Finding(Signal.NATIONAL_ID, 1, "national ID is one digit repeated, which is never issued"));
        } else if (!claims.nationalIdValid()) {
            findings.add(new Finding(Signal.NATIONAL_ID, 1, "national ID check digit wrong (" + id.length() + " digits)"));
        }
    }

    private static void rank(Claims claims, Rank rank, Integer age, List<Finding> findings) {
        if (claims.organization() != null && !rank.organizations().contains(claims.organization())) {
            findings.add(new Finding(Signal.RANK_ORGANIZATION, 1, "the rank " + rank.name() + " (" + rank.english()
                    + ") is not used in " + claims.organization().wireName() + "; it is a rank of " + names(rank.organizations())));
        }
        double career = 0;
        List<String> reasons = new ArrayList<>(2);
        if (age != null && age < rank.minAge() - SLACK) {
            int gap = rank.minAge() - SLACK - age;
            career = Math.max(career, Math.min(1, gap / 5.0));
            reasons.add("aged about " + age + ", young for " + rank.name() + " (" + rank.english() + ", usually "
                    + rank.minAge() + " or older)");
        }
        if (claims.yearsOfService() != null && claims.yearsOfService() < rank.minYears() - SLACK) {
            int gap = rank.minYears() - SLACK - claims.yearsOfService();
            career = Math.max(career, Math.min(1, gap / 6.0));
            reasons.add(claims.yearsOfService() + " years of service, few for " + rank.name() + " (usually "
                    + rank.minYears() + " or more)");
        }
        if (career > 0) {
            findings.add(new Finding(Signal.RANK_CAREER, career, String.join("; ", reasons)));
        }
    }

    private static void family(Claims claims, List<Finding> findings) {
        Integer born = claims.birthYear();
        if (born == null) {
            return;
        }
        List<String> reasons = new ArrayList<>(1);
        double strength = 0;
        for (FamilyMember member : claims.family()) {
            Integer year = member.birthYear();
            if (year == null || member.relation() == null) {
                continue;
            }
            if (year > claims.year() + 1) {
                reasons.add("a " + member.relation().wireName() + " born in " + year + ", after the registration");
                strength = 1;
            } else if (member.relation() == Relation.CHILD && year - born < 14 - SLACK) {
                reasons.add("a child born when the person was about " + (year - born));
                strength = 1;
            } else if (member.relation() == Relation.PARENT && born - year < 14 - SLACK) {
                reasons.add("a parent born " + (born - year) + " years before the person");
                strength = 1;
            } else if (member.relation() == Relation.SPOUSE && Math.abs(year - born) > 30) {
                reasons.add("a spouse born " + Math.abs(year - born) + " years apart");
                strength = Math.max(strength, 0.4);
            }
        }
        if (strength > 0) {
            findings.add(new Finding(Signal.FAMILY_AGES, strength, String.join("; ", reasons)));
        }
    }

    private static String names(Set<Organization> organizations) {
        return organizations.stream().map(Organization::wireName).sorted().collect(Collectors.joining(", "));
    }
}
