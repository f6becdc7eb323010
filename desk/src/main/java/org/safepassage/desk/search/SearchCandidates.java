package org.safepassage.desk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Turns the search box, the unit filter and the campaign filter into the ids of the registrations they mean, as a
 * subquery that reads indexes only: a registration id's start through the primary key, a thread
 * handle through the thread index, a name, a national ID or a unit's words through the search keys
 * ({@link SearchKeys}), a campaign's members through the campaign index. Id ranges are written as ranges, not LIKE, so that PostgreSQL uses its index
 * whatever the database's collation.
 */
@Component
public class SearchCandidates {

    public static final String NAME_FIELDS = "'given', 'family', 'father', 'full', 'reversed'";

    public Candidates of(SearchText search, Filter filter) {
        return text(search).and(unit(filter.unit())).and(campaign(filter.campaign()));
    }

    /**
     * Campaign members through the assessment's campaign index: they are few, and they cluster at
     * the queue's end (most look planted), where reading the queue in order would reach them last.
     * "In no campaign" is most of the queue and stays a condition ({@link RegistrationFilters}).
     */
    private static Candidates campaign(String campaign) {
        if (campaign == null || campaign.equals("none")) {
            return Candidates.all();
        }
        if (campaign.equals("any")) {
            return Candidates.select("select registration_id as id from assessment where campaign_key is not null");
        }
        return Candidates.select("select registration_id as id from assessment where campaign_key = "
                + "(select a2.campaign_key from assessment a2 where a2.registration_id = ?)", campaign);
    }

    private Candidates text(SearchText search) {
        return switch (search.kind()) {
            case NONE, CASE -> Candidates.all();
            case UNUSABLE -> Candidates.none();
            case REGISTRATION_ID -> idsStartingWith(search.value());
            // a list's ids keep their letters' case, dots and underscores: matched as they are, not by a range of the collation
            case LIST_ID -> Candidates.select("select id from registration where id like ? escape '!'",
                    search.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            case HEX -> hex(search.value());
            case NATIONAL_ID -> Candidates.select("select registration_id as id from registration_name_key "
                    + "where field = 'national_id' and skeleton = ?", search.value());
            case NAME -> {
                Candidates names = Candidates.select("select distinct registration_id as id from registration_name_key "
                        + "where field in (" + NAME_FIELDS + ") and skeleton in ("
                        + RegistrationFilters.placeholders(search.skeletons().size()) + ")", search.skeletons().toArray());
                // letters a-f alone are both a name and the start of a thread handle: look for both
                yield search.couldAlsoBeHex() ? names.or(hex(search.typed().toLowerCase(Locale.ROOT))) : names;
            }
        };
    }

    private Candidates unit(String typed) {
        if (typed == null) {
            return Candidates.all();
        }
        List<String> tokens = SearchKeys.unitTokens(typed);
        if (tokens.isEmpty()) {
            return Candidates.none();
        }
        List<Object> params = new ArrayList<>(tokens);
        params.add(tokens.size());
        return Candidates.select("select registration_id as id from registration_name_key where field = 'unit' and skeleton in ("
                + RegistrationFilters.placeholders(tokens.size()) + ") group by registration_id having count(distinct skeleton) = ?",
                params.toArray());
    }

    private static Candidates hex(String hex) {
        return idsStartingWith("r-" + hex).or(idsStartingWith("p-" + hex))
                .or(Candidates.select("select id from registration where thread_tag >= ? and thread_tag < ?", hex, upperBound(hex)));
    }

    private static Candidates idsStartingWith(String prefix) {
        return Candidates.select("select id from registration where id >= ? and id < ?", prefix, upperBound(prefix));
    }

    /**
     * The first string after every one that starts with {@code prefix}: its last character one up.
     * Prefixes here are "r-" or "p-" followed by lower-case hex, or hex alone; a 9 goes to a (digits
     * sort before letters in every collation), an f to g.
     */
    static String upperBound(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        char next = last == '9' ? 'a' : (char) (last + 1);
        return prefix.substring(0, prefix.length() - 1) + next;
    }
}
