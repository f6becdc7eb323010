package org.safepassage.vetting.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.link.Link;
import org.safepassage.vetting.screen.Screener;

/**
 * The scores of one registration and every reason that moved them.
 *
 * <ul>
 *   <li>{@code plantedRisk}: from the signals' findings (computed by the engine).</li>
 *   <li>{@code credibility}: 0.5, more for what corroborates (a valid national ID, other
 *   registrations of the same person, a family and a rank that fit), less when pseudonymous; then
 *   scaled by (1 − plantedRisk).</li>
 *   <li>{@code priority} = seniority × access × credibility × urgency: seniority from the rank
 *   table's level (0.3 when no rank is recognised), access from what the registration says the
 *   person can provide (0.3 when nothing, up to 1 for a detailed account), urgency from the
 *   submitter's own choice.</li>
 * </ul>
 */
public final class Assessor {

    private static final Set<Signal> RANK_SIGNALS = Set.of(Signal.RANK_ORGANIZATION, Signal.RANK_CAREER);

    private Assessor() {
    }

    public static Assessment assess(Subject subject, String cluster, int clusterSize, List<Link> links,
                                    List<Screener.Match> hits, List<Finding> findings, double plantedRisk, String campaign,
                                    String keptApartFrom, String note) {
        List<String> reasons = new ArrayList<>();
        findings.stream().sorted(Comparator.comparingDouble(Finding::strength).reversed())
                .forEach(finding -> reasons.add("risk: " + finding.reason()));
        if (keptApartFrom != null) {
            reasons.add("kept apart from " + keptApartFrom + (clusterSize > 1
                    ? ": one of several claimants of one identity; only registrations that agree on what only the person "
                    + "knows stay together"
                    : ": a suspect registration, or one of several claimants of one identity, is not merged into a person's file"));
        }
        double credibility = 0.5;
        var record = subject.record();
        if (subject.anonymous()) {
            credibility -= 0.1;
            reasons.add("no name given (pseudonymous first contact)");
        }
        boolean idFinding = findings.stream().anyMatch(f -> f.signal() == Signal.NATIONAL_ID);
        if (record.nationalIdValid() && !idFinding) {
            credibility += 0.15;
            reasons.add("national ID check digit valid");
        }
        if (note != null) {
            reasons.add(note);
        }
        reasons.addAll(subject.unreadable());
        if (clusterSize > 1) {
            if (links.stream().anyMatch(Link::confirmed)) {
                credibility += Math.min(0.1, 0.05 * (clusterSize - 1));
                reasons.add("one of " + clusterSize + " registrations of the same person (" + cluster + ")");
            } else {
                // what a copy of someone's public facts needs: it earns nothing from the person's own registrations
                reasons.add("one of " + clusterSize + " registrations taken for the same person (" + cluster + "), linked only "
                        + "on what anyone could know: unconfirmed, no credibility from the others until the person confirms");
            }
        }
        if (!subject.claims().family().isEmpty() && subject.claims().birthYear() != null
                && findings.stream().noneMatch(f -> f.signal() == Signal.FAMILY_AGES)) {
            credibility += 0.05;
            reasons.add("family of " + subject.claims().family().size() + " listed, ages fit");
        }
        Rank rank = record.rank(); // found once, when the record was built
        if (rank != null && findings.stream().noneMatch(f -> RANK_SIGNALS.contains(f.signal()))) {
            credibility += 0.05;
            reasons.add("rank " + rank.name() + " (" + rank.english() + ") fits the organisation and career");
        }
        credibility = clamp(credibility) * (1 - plantedRisk);
        double seniority = rank == null ? 0.3 : rank.seniority();
        reasons.add(rank == null ? "seniority unknown (no rank recognised)"
                : "seniority " + decimals(seniority, 1) + ": " + rank.name() + " (" + rank.english() + "), level " + rank.level()
                + " of " + Rank.TOP_LEVEL);
        double access = subject.accessWords() == 0 ? 0.3 : 0.5 + 0.5 * Math.min(1, subject.accessWords() / 40.0);
        reasons.add(subject.accessWords() == 0 ? "access: nothing stated"
                : "access " + decimals(access, 2) + ": " + subject.accessWords() + " words on what they can provide");
        double urgency = urgency(subject.urgency());
        for (Link link : links) {
            String other = link.a().equals(record.id()) ? link.b() : link.a();
            reasons.add("linked to " + other + " (weight " + decimals(link.weight(), 1) + "): " + String.join("; ", link.reasons()));
        }
        for (Screener.Match hit : hits) {
            reasons.add("matches reference entity " + hit.entity() + " (score " + decimals(hit.score(), 2) + "): "
                    + String.join("; ", hit.reasons()));
        }
        double priority = seniority * access * credibility * urgency;
        return new Assessment(record.id(), cluster, round(credibility), round(plantedRisk), round(priority), campaign,
                List.copyOf(reasons));
    }

    static double urgency(Urgency urgency) {
        if (urgency == null) {
            return 0.25;
        }
        return switch (urgency) {
            case IMMEDIATE -> 1.0;
            case HIGH -> 0.75;
            case MEDIUM -> 0.5;
            case LOW -> 0.25;
        };
    }

    /** A number with this many decimals, as String.format would write it, at a fraction of its cost (a million lines). */
    static String decimals(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** One line of assessments.jsonl, in the schema's field order. */
    public record Assessment(String id, String cluster, double credibility, double plantedRisk, double priority,
                             String campaign, List<String> reasons) {
    }
}
