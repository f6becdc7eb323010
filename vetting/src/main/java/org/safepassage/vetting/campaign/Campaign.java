package org.safepassage.vetting.campaign;

import java.util.List;

/**
 * A coordinated campaign as detected: registrations tied together by a shared text across
 * different people, or by one identity claimed by several.
 *
 * @param id             "k-" and a number, in the order of the campaigns' first members
 * @param members        the registrations (indexes), in order
 * @param people         how many different people (clusters) the members are
 * @param kinds          what tied them: "template", "impersonation"
 * @param representative a member whose text stands for the campaign's (the first with a text), or -1
 * @param summary        in words, for the analyst
 */
public record Campaign(String id, int[] members, int people, List<String> kinds, int representative, String summary) {
}
