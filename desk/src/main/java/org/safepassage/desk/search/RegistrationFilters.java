package org.safepassage.desk.search;

import java.util.Collections;
import java.util.List;

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

    public static void apply(SqlConditions where, Filter filter, SearchText search) {
        if (filter.organisation() != null) {
            where.add("r.organization = ?", filter.organisation());
        }
        if (filter.urgency() != null) {
            where.add("r.urgency = ?", filter.urgency());
        }
        if (filter.unit() != null) {
            String unit = SearchKeys.unitText(filter.unit());
            if (unit != null) {
                where.add("r.unit_text like ?", "%" + escapeLike(unit) + "%");
            }
        }
        if (filter.risk() != null) {
            switch (filter.risk()) {
                case "high" -> where.add("a.planted_risk >= ?", HIGH_RISK);
                case "medium" -> where.add("a.planted_risk >= ? and a.planted_risk < ?", MEDIUM_RISK, HIGH_RISK);
                default -> where.add("(a.planted_risk is null or a.planted_risk < ?)", MEDIUM_RISK);
            }
        }
        if (filter.campaign() != null) {
            switch (filter.campaign()) {
                case "any" -> where.add("a.campaign_key is not null");
                case "none" -> where.add("a.campaign_key is null");
                default -> where.add("a.campaign_key = (select a2.campaign_key from assessment a2 where a2.registration_id = ?)",
                        filter.campaign());
            }
        }
        switch (search.kind()) {
            case REGISTRATION_ID -> where.add("r.id like ?", escapeLike(search.value()) + "%");
            case HEX -> where.add("(r.id like ? or r.id like ? or r.thread_tag like ?)", "r-" + search.value() + "%",
                    "p-" + search.value() + "%", search.value() + "%");
            case NATIONAL_ID -> where.add("r.id in (select k.registration_id from registration_name_key k "
                    + "where k.field = 'national_id' and k.skeleton = ?)", search.value());
            case NAME -> {
                String names = "r.id in (select k.registration_id from registration_name_key k where k.field <> 'national_id' "
                        + "and k.skeleton in (" + placeholders(search.skeletons().size()) + "))";
                if (search.couldAlsoBeHex()) {
                    String hex = search.typed().toLowerCase(java.util.Locale.ROOT);
                    Object[] values = new Object[search.skeletons().size() + 2];
                    for (int i = 0; i < search.skeletons().size(); i++) {
                        values[i] = search.skeletons().get(i);
                    }
                    values[values.length - 2] = "r-" + hex + "%";
                    values[values.length - 1] = hex + "%";
                    where.add("(" + names + " or r.id like ? or r.thread_tag like ?)", values);
                } else {
                    where.add(names, search.skeletons().toArray());
                }
            }
            case UNUSABLE -> where.add("1 = 0");
            default -> { }
        }
    }

    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    public static List<String> skeletons(SearchText search) {
        return search.kind() == SearchText.Kind.NAME ? search.skeletons() : List.of();
    }
}
