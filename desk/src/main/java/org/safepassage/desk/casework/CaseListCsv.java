package org.safepassage.desk.casework;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safepassage.desk.system.Words;

/**
 * The case list as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read Persian
 * ranks right). Only what the list shows: no name, national ID or birth place, revealed or not. A
 * cell a spreadsheet would run as a formula (a rank typed as "=HYPERLINK(…)" by a submitter) is
 * written with a leading apostrophe.
 */
public final class CaseListCsv {

    /** More cases than a team works; an export says when the list was longer. */
    public static final int MAX_ROWS = 50_000;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final String[] HEADER = {"case", "state", "merged_into", "team", "assigned_to", "registrations",
            "organisations", "most_urgent", "ranks", "submitter_sees", "opened", "updated"};

    private CaseListCsv() {
    }

    public static byte[] write(List<CaseSearch.CaseRow> rows, Words words) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (CaseSearch.CaseRow row : rows) {
                CaseFile file = row.file();
                csv.printRecord(file.reference(), file.state().label(),
                        file.mergedInto() == null ? "" : CaseFile.reference(file.mergedInto()),
                        cell(file.teamName()), cell(file.assignee() == null ? "" : file.assignee()), row.registrations(),
                        String.join("; ", row.organisations().stream().map(o -> words.organisation(o).english()).toList()),
                        row.urgency() == null ? "" : words.urgency(row.urgency()).english(),
                        cell(String.join("; ", row.ranks())), words.status(file.submitterStatus()).english(),
                        DAY.format(file.createdAt()), DAY.format(file.updatedAt()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell that a spreadsheet would take for a formula, made plain text. */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
