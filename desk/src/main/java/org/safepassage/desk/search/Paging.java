package org.safepassage.desk.search;

/** The page number of a list, as a link or a bookmark gives it: anything unreadable is the first page. */
public final class Paging {

    private static final int LAST_PAGE = 1_000_000;

    private Paging() {
    }

    public static int page(String value) {
        try {
            return value == null ? 0 : Math.max(0, Math.min(Integer.parseInt(value.strip()), LAST_PAGE));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** How many pages {@code total} rows fill, at least one. */
    public static long pages(long total, int pageSize) {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
