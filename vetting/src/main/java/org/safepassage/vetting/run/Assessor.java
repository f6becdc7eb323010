package org.safepassage.vetting.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safepassage.vetting.link.Link;
import org.safepassage.vetting.screen.Screener;

/**
 * First scores from the evidence linking and screening give: the national ID's check digit,
 * whether the person's registrations agree with each other, and screening hits. Campaign
 * detection and the consistency checks of ranks and ages add to these (Vetting engine II).
 *
 * <p>priority = seniority × access × credibility × urgency, each in [0, 1]; seniority is 0.5 until
 * rank tables tell it.
 */
public final class Assessor {

    private Assessor() {
    }

    public static Assessment assess(Subject subject, String cluster, int clusterSize, List<Link> links,
                                    List<Screener.Match> hits) {
        List<String> reasons = new ArrayList<>();
        double credibility = 0.5;
        double plantedRisk = 0.0;
        var record = subject.record();
        if (subject.anonymous()) {
            credibility -= 0.1;
            reasons.add("no name given (pseudonymous first contact)");
        }
        if (record.nationalId() != null) {
            if (record.nationalIdValid()) {
                credibility += 0.15;
                reasons.add("national ID check digit valid");
            } else {
                credibility -= 0.2;
                plantedRisk += 0.3;
                reasons.add("national ID check digit wrong (" + record.nationalId().length() + " digits)");
            }
        }
        if (clusterSize > 1) {
            credibility += 0.05;
            reasons.add("one of " + clusterSize + " registrations of the same person (" + cluster + ")");
        }
        for (Link link : links) {
            String other = link.a().equals(record.id()) ? link.b() : link.a();
            reasons.add(String.format(Locale.ROOT, "linked to %s (weight %.1f): %s", other, link.weight(),
                    String.join("; ", link.reasons())));
        }
        for (Screener.Match hit : hits) {
            reasons.add(String.format(Locale.ROOT, "matches reference entity %s (score %.2f): %s", hit.entity(), hit.score(),
                    String.join("; ", hit.reasons())));
        }
        credibility = clamp(credibility);
        plantedRisk = clamp(plantedRisk);
        double seniority = 0.5;
        double access = subject.hasAccess() ? 0.75 : 0.5;
        double urgency = switch (subject.urgency() == null ? "" : subject.urgency()) {
            case "immediate" -> 1.0;
            case "high" -> 0.75;
            case "medium" -> 0.5;
            default -> 0.25;
        };
        double priority = seniority * access * credibility * urgency;
        return new Assessment(record.id(), cluster, round(credibility), round(plantedRisk), round(priority), null,
                List.copyOf(reasons));
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
