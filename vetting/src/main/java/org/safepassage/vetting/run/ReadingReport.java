package org.safepassage.vetting.run;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.safepassage.core.registration.InvalidRegistrationException;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;
import org.safepassage.core.registration.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading an input left out, under the schema's reading rules: lines skipped (not a
 * registration) and optional fields set aside, each written to {@code unread.jsonl} (line, id,
 * field, reason; never a field's value) and counted by cause for the summary.
 */
public final class ReadingReport implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_IGNORED_NAMES = 50;
    private static final String OTHER_NAMES = "(more names)";
    private static final String REQUIRED = "is required";

    private final BufferedWriter details;
    private final Map<String, Integer> skippedByCause = new TreeMap<>();
    private final Map<String, Integer> setAsideByCause = new TreeMap<>();
    /** Registrations by the unknown field they gave and reading left out; at most {@link #MOST_IGNORED_NAMES} names. */
    private final Map<String, Integer> ignoredByField = new TreeMap<>();
    private int skippedLines;
    /** Whether the lines were a CSV's rows: what to add is then a column, not a JSON field. */
    private boolean csv;
    private int registrationsWithFieldsSetAside;

    /** A report writing its details to {@code file}, or counting only when it is null. */
    public ReadingReport(Path file) throws IOException {
        this.details = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** The lines read are a CSV's rows (see {@link RegistrationsFile}). */
    void readingCsv() {
        csv = true;
    }

    /** A line skipped, with the id it gives when it gives one (null otherwise). */
    public void skipped(int line, String id, RuntimeException why) {
        skippedLines++;
        List<Violation> violations = why instanceof InvalidRegistrationException invalid ? invalid.violations()
                : List.of(new Violation("(document)", why.getClass().getSimpleName()));
        // every cause counted, so that a file lacking two required fields shows both
        violations.stream().map(ReadingReport::cause).distinct().forEach(cause -> skippedByCause.merge(cause, 1, Integer::sum));
        for (Violation violation : violations) {
            write(line, id, violation, "skipped");
        }
    }

    public void setAside(int line, String id, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        registrationsWithFieldsSetAside++;
        for (Violation violation : violations) {
            setAsideByCause.merge(cause(violation), 1, Integer::sum);
            write(line, id, violation, "set aside");
        }
    }

    /**
     * The unknown fields a registration gave, which reading left out: counted by name for the
     * summary (a file whose columns are not the schema's says so, rather than being vetted without
     * them unnoticed). A name is shown as safe text, cut at 60 characters; past
     * {@value #MOST_IGNORED_NAMES} names, the rest are counted as one.
     */
    public void ignored(List<String> fields) {
        for (String field : fields) {
            String name = shown(field);
            if (ignoredByField.size() >= MOST_IGNORED_NAMES && !ignoredByField.containsKey(name)) {
                name = OTHER_NAMES;
            }
            ignoredByField.merge(name, 1, Integer::sum);
        }
    }

    /** A field's name as the summary shows it: no control or format characters (a file's names reach the operator's terminal). */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(60).forEach(c -> shown.appendCodePoint(
                Character.isISOControl(c) || Character.getType(c) == Character.FORMAT && c != '\u200c' ? '?' : c));
        return name.codePointCount(0, name.length()) > 60 ? shown + "…" : shown.toString();
    }

    public Map<String, Integer> ignoredByField() {
        return Map.copyOf(ignoredByField);
    }

    public int skippedLines() {
        return skippedLines;
    }

    public int registrationsWithFieldsSetAside() {
        return registrationsWithFieldsSetAside;
    }

    public Map<String, Integer> skippedByCause() {
        return Map.copyOf(skippedByCause);
    }

    public Map<String, Integer> setAsideByCause() {
        return Map.copyOf(setAsideByCause);
    }

    /** The summary's lines: how many of each cause, most frequent first. */
    public List<String> summary() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(String.format("%,d lines skipped (not a registration), %,d registrations read with fields set aside",
                skippedLines, registrationsWithFieldsSetAside));
        skippedByCause.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("  skipped    %,9d  %s", e.getValue(), e.getKey())));
        missingFromEverySkippedLine().ifPresent(lines::add);
        setAsideByCause.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("  set aside  %,9d  %s", e.getValue(), e.getKey())));
        ignoredByField.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> lines.add(String.format("  ignored    %,9d  %s: %s", e.getValue(), e.getKey(),
                        e.getKey().equals(OTHER_NAMES) ? "unknown fields, left out" : "no field of the schema there, left out")));
        return lines;
    }

    /**
     * What to do when every skipped line (more than a stray few) lacks the same required fields, as
     * a list made outside the intake does: which fields, and the values the schema fixes (its name;
     * a partner's list arrives by the channel import), to add with jq (or as columns, to a CSV);
     * the others only the operator can give.
     */
    private Optional<String> missingFromEverySkippedLine() {
        List<String> missing = skippedByCause.entrySet().stream()
                .filter(e -> e.getValue() == skippedLines && e.getKey().endsWith(": " + REQUIRED))
                .map(e -> e.getKey().substring(0, e.getKey().length() - REQUIRED.length() - 2)).sorted().toList();
        if (skippedLines < 10 || missing.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> known = new TreeMap<>(Map.of("schema", "\"" + Registration.SCHEMA + "\"", "channel", "\"import\""));
        known.keySet().retainAll(missing);
        String partner = known.containsKey("channel") ? " (import: a partner's list)" : "";
        String add = known.isEmpty() ? "" : csv
                ? String.format("; add %s to the spreadsheet, holding %s on every row%s",
                        String.join(" and ", known.keySet().stream().map(field -> "a column " + field).toList()),
                        String.join(" and ", known.values().stream().map(value -> value.replace("\"", "")).toList()), partner)
                : String.format("; add %s with jq -c '. + {%s}' IN.jsonl > OUT.jsonl%s",
                String.join(" and ", known.keySet()),
                String.join(", ", known.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList()), partner);
        List<String> others = missing.stream().filter(field -> !known.containsKey(field)).toList();
        return Optional.of("  every skipped line lacks " + String.join(", ", missing) + ", as a list made outside the intake does"
                + add + (others.isEmpty() ? "" : "; " + String.join(", ", others) + ": only you can say, added the same way"
                + (csv ? " (a column)" : "")));
    }

    /** One cause for many lines: the field without its position in a list, and its rule. */
    private static String cause(Violation violation) {
        String rule = violation.rule();
        int detail = rule.indexOf(": ");
        if (violation.field().equals("(document)") && detail > 0) {
            rule = rule.substring(0, detail);
        }
        return violation.field().replaceAll("\\[\\d+]", "[]") + ": " + rule;
    }

    private void write(int line, String id, Violation violation, String what) {
        if (details == null) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", line);
        entry.put("id", id);
        entry.put("field", violation.field());
        String rule = violation.rule();
        // a parser's message may quote the line; the details keep what kind of fault it is only
        entry.put("reason", violation.field().equals("(document)") && rule.indexOf(": ") > 0 ? rule.substring(0, rule.indexOf(": ")) : rule);
        entry.put("outcome", what);
        try {
            details.write(JSON.writeValueAsString(entry));
            details.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (details != null) {
            details.close();
        }
    }
}
