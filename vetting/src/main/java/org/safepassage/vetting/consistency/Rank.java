package org.safepassage.vetting.consistency;

import java.util.Set;
import org.safepassage.core.registration.Organization;

/**
 * A rank, title or grade as the rank table knows it.
 *
 * @param name          its Persian name, as the table writes it first
 * @param english       its first Latin name
 * @param organizations the organisations that use it
 * @param level         seniority from 1 (lowest) to 10
 * @param minAge        the youngest plausible age for it
 * @param minYears      the fewest plausible years of service for it
 */
public record Rank(String name, String english, Set<Organization> organizations, int level, int minAge, int minYears) {

    public static final int TOP_LEVEL = 10;

    /** Seniority in [0.1, 1]: level over the top level. */
    public double seniority() {
        return level / (double) TOP_LEVEL;
    }
}
