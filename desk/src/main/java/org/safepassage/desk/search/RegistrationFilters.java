package org.safepassage.desk.search;

import java.util.Collections;

/**
 * The SQL of the filters that concern registrations, shared by the queue (one row per registration)
 * and the case list (a case matches when one of its registrations does). The registration table is
 * {@code r}, its assessment {@code a}.
 */
public final class RegistrationFilters {

    /** Where the risk badges change, as the pages colour them. */
    public static final double MEDIUM_RISK = 0.2;
    public static final double HIGH_RISK = 0.5;

    private RegistrationFilters() {
    }

    /**
     * Adds the filters on what registrations hold (the search box, the unit filter and membership
     * of a campaign are {@link Candidates}, joined in the {@code from}).
     */
    public static void apply(SqlConditions where, Filter filter) {
        if (filter.organisation() != null) {
            where.add("r.organization = ?", filter.organisation());
        }
        if (filter.urgency() != null) {
            where.add("r.urgency = ?", filter.urgency());
        }
        if (filter.risk() != null) {
            switch (filter.risk()) {
                case "high" -> where.add("a.planted_risk >= ?", HIGH_RISK);
                case "medium" -> where.add("a.planted_risk >= ? and a.planted_risk < ?", MEDIUM_RISK, HIGH_RISK);
                default -> where.add("(a.planted_risk is null or a.planted_risk < ?)", MEDIUM_RISK);
            }
        }
        if (Filter.INTAKE.equals(filter.cameBy())) {
            where.add("r.list_name is null");
        } else if (filter.cameBy() != null) {
            where.add("r.list_name = ?", filter.cameBy().substring(Filter.LIST.length()));
        }
        if ("none".equals(filter.campaign())) {
            where.add("a.campaign_key is null");
        }
    }

    /** Whether a filter reads the assessment {@code a}, so that a count needs its join. */
    public static boolean readsAssessment(Filter filter) {
        return filter.risk() != null || "none".equals(filter.campaign());
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
