package org.safepassage.desk.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A where clause built from the filters in use, with its parameters in order. */
public final class SqlConditions {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    public SqlConditions add(String clause, Object... values) {
        clauses.add(clause);
        Collections.addAll(params, values);
        return this;
    }

    /** How many clauses were added. */
    public int size() {
        return clauses.size();
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** The parameters of the clauses, followed by {@code more} (for the limit and offset). */
    public Object[] params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        Collections.addAll(all, more);
        return all.toArray();
    }
}
