package org.safepassage.desk.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The registrations a search box and a unit filter leave, as a subquery of their ids (column
 * {@code id}) that reads indexes only: every registration (nothing typed), none, or those the
 * subquery returns. A list joins its registrations to the subquery, so that it reads the rows of
 * the matches only, not of everything waiting.
 */
public final class Candidates {

    private final boolean all;
    private final String sql;
    private final Object[] params;

    private Candidates(boolean all, String sql, Object[] params) {
        this.all = all;
        this.sql = sql;
        this.params = params;
    }

    public static Candidates all() {
        return new Candidates(true, null, new Object[0]);
    }

    public static Candidates none() {
        return new Candidates(false, null, new Object[0]);
    }

    /** The registrations whose ids {@code sql} returns, as a column named {@code id}. */
    static Candidates select(String sql, Object... params) {
        return new Candidates(false, sql, params);
    }

    public boolean isAll() {
        return all;
    }

    /** Whether nothing can match: the list need not be asked at all. */
    public boolean isEmpty() {
        return !all && sql == null;
    }

    /** Both restrictions at once. */
    Candidates and(Candidates other) {
        if (all) {
            return other;
        }
        if (other.all) {
            return this;
        }
        if (isEmpty() || other.isEmpty()) {
            return none();
        }
        List<Object> both = new ArrayList<>(Arrays.asList(params));
        both.addAll(Arrays.asList(other.params));
        return select("(" + sql + ") intersect (" + other.sql + ")", both.toArray());
    }

    /** These or the others. */
    Candidates or(Candidates other) {
        if (all || other.all) {
            return all();
        }
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        List<Object> either = new ArrayList<>(Arrays.asList(params));
        either.addAll(Arrays.asList(other.params));
        return select("(" + sql + ") union (" + other.sql + ")", either.toArray());
    }

    /**
     * The registrations to read, for a {@code from}: the table itself aliased {@code r} when every
     * registration may match, otherwise the candidates' ids joined to it.
     */
    public String from() {
        if (all) {
            return "registration r";
        }
        return "(" + sql + ") k join registration r on r.id = k.id";
    }

    /** The parameters {@link #from()} takes, which come before those of the where clause. */
    public Object[] params() {
        return params.clone();
    }
}
