package org.safepassage.desk.system;

import java.util.Optional;

/**
 * What a reader may see and change: the registrations, cases, campaigns and replies of one team,
 * or of every team (admins, and the desk's own work such as imports). Every store method that reads
 * or writes team-owned rows takes one, and every request handler gets one from the signed-in
 * person ({@link CompartmentResolver}), so a new page cannot reach past its team by forgetting a filter.
 * What lies outside the compartment is simply not found.
 */
public final class Compartment {

    private static final Compartment EVERY_TEAM = new Compartment(null);

    private final Long teamId;

    private Compartment(Long teamId) {
        this.teamId = teamId;
    }

    public static Compartment team(long teamId) {
        return new Compartment(teamId);
    }

    /** Every team: for admins, and for the desk's own work that belongs to no reader. */
    public static Compartment everyTeam() {
        return EVERY_TEAM;
    }

    public boolean isEveryTeam() {
        return teamId == null;
    }

    public Optional<Long> teamId() {
        return Optional.ofNullable(teamId);
    }

    public boolean includes(long team) {
        return teamId == null || teamId == team;
    }

    /**
     * A SQL condition that keeps rows whose {@code column} is in the compartment; bind
     * {@link #sqlTeam()} twice, in order, where its two placeholders stand.
     */
    public static String condition(String column) {
        return "(cast(? as bigint) is null or " + column + " = ?)";
    }

    /** The value {@link #condition} binds: the team, or null for every team. */
    public Long sqlTeam() {
        return teamId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Compartment that && java.util.Objects.equals(teamId, that.teamId);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hashCode(teamId);
    }

    @Override
    public String toString() {
        return teamId == null ? "every team" : "team " + teamId;
    }
}
