package org.safepassage.desk.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Urgency;
import org.safepassage.desk.transfer.PartnerListImport;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the triage queue and the case list, as the form sends them. Unknown values are
 * dropped rather than refused: a stale bookmark shows everything instead of an error.
 *
 * @param text         the search box ({@link SearchText})
 * @param organisation an organisation's wire name (IRGC, ARTESH…)
 * @param unit         words the unit contains
 * @param urgency      an urgency's wire name
 * @param risk         planted risk: low, medium or high
 * @param campaign     any, none, or a campaign's handle
 * @param cameBy       {@value #INTAKE} (the intake or a packet), or {@value #LIST} and a partner's list's name
 * @param state        a case state's name (cases only)
 * @param assignee     me, nobody, or a staff name (cases only)
 */
public record Filter(String text, String organisation, String unit, String urgency, String risk, String campaign,
                     String cameBy, String state, String assignee) {

    /** How registrations that came through the intake (or as packets), not in a partner's list, are asked for. */
    public static final String INTAKE = "intake";
    /** How the registrations of one partner's list are asked for: this, then the list's name. */
    public static final String LIST = "list:";

    public static final Set<String> RISKS = Set.of("low", "medium", "high");
    private static final Set<String> ORGANISATIONS = Arrays.stream(Organization.values()).map(Organization::wireName)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> URGENCIES = Arrays.stream(Urgency.values()).map(Urgency::wireName)
            .collect(Collectors.toUnmodifiableSet());

    public Filter {
        text = blankToNull(text);
        organisation = organisation == null ? null : ORGANISATIONS.contains(organisation.strip()) ? organisation.strip() : null;
        unit = blankToNull(unit);
        if (unit != null && unit.length() > 200) {
            unit = unit.substring(0, 200);
        }
        urgency = urgency == null ? null : URGENCIES.contains(urgency.strip()) ? urgency.strip() : null;
        risk = risk == null ? null : RISKS.contains(risk.strip().toLowerCase(Locale.ROOT)) ? risk.strip().toLowerCase(Locale.ROOT) : null;
        campaign = blankToNull(campaign);
        cameBy = cameBy == null ? null : cameBy.strip();
        if (cameBy != null && !cameBy.equals(INTAKE)
                && !(cameBy.startsWith(LIST) && PartnerListImport.LIST_NAME.matcher(cameBy.substring(LIST.length())).matches())) {
            cameBy = null;
        }
        state = blankToNull(state);
        assignee = blankToNull(assignee);
    }

    /** The filters among a request's parameters (q for the search box). */
    public static Filter from(java.util.Map<String, String> params) {
        return new Filter(params.get("q"), params.get("organisation"), params.get("unit"), params.get("urgency"),
                params.get("risk"), params.get("campaign"), params.get("from"), params.get("state"), params.get("assignee"));
    }

    public static Filter none() {
        return new Filter(null, null, null, null, null, null, null, null, null);
    }

    public SearchText search() {
        return SearchText.parse(text);
    }

    /** Whether any filter narrows the list. */
    public boolean narrows() {
        return text != null || organisation != null || unit != null || urgency != null || risk != null || campaign != null
                || cameBy != null || state != null || assignee != null;
    }

    /** The filters as query parameters, for paging links and for coming back after an action. */
    public String query(String path, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "q", text);
        param(uri, "organisation", organisation);
        param(uri, "unit", unit);
        param(uri, "urgency", urgency);
        param(uri, "risk", risk);
        param(uri, "campaign", campaign);
        param(uri, "from", cameBy);
        param(uri, "state", state);
        param(uri, "assignee", assignee);
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, String value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
