package org.safepassage.vetting.run;

import java.util.List;
import org.safepassage.vetting.link.PersonRecord;

/**
 * How many registrations give a province and a branch, and how many of those the tables read
 * ({@code names/provinces.tsv}, {@code consistency/branches.tsv}): what linking can count as the same place of
 * service in any spelling. A text the tables do not read still counts when two registrations wrote
 * it alike; an operator whose file reads poorly learns that the tables need its spellings.
 */
final class WhereTheyServeReport {

    private WhereTheyServeReport() {
    }

    static String line(List<Subject> subjects) {
        int provinces = 0;
        int provincesRead = 0;
        int branches = 0;
        int branchesRead = 0;
        for (Subject subject : subjects) {
            PersonRecord record = subject.record();
            if (record.province() != null) {
                provinces++;
                provincesRead += PersonRecord.isAsWritten(record.province()) ? 0 : 1;
            }
            if (record.branch() != null) {
                branches++;
                branchesRead += PersonRecord.isAsWritten(record.branch()) ? 0 : 1;
            }
        }
        return String.format("where they serve: %,d registrations give a province, %s read as one of the 31; "
                + "%,d give a branch, %s read as a branch of the table (the rest count only when written alike)",
                provinces, share(provincesRead, provinces), branches, share(branchesRead, branches));
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "none" : String.format("%,d (%.1f %%)", part, 100.0 * part / whole);
    }
}
