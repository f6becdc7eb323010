package org.safepassage.vetting.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.safepassage.core.json.JsonLines;
import tools.jackson.databind.JsonNode;

/**
 * Reads reference lists: FollowTheMoney entities as JSON lines (an OpenSanctions export: only
 * {@code Person} entities are kept, with {@code name}, {@code alias}, {@code birthDate},
 * {@code nationality} and {@code position}), or CSV with a header naming its columns
 * ({@code id}, {@code name} or {@code full_name} or first/last name, {@code alias},
 * {@code birth_date} or {@code date_of_birth}, {@code nationality}, {@code position}).
 * A malformed line is reported with its number and skipped.
 */
public final class ReferenceLists {

    private ReferenceLists() {
    }

    public static List<ReferenceEntity> read(Path file, Consumer<String> problems) throws IOException {
        try (InputStream content = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), content, problems);
        }
    }

    /**
     * Reads a list from {@code content}; {@code source} is its file name as the person who gave it
     * knows it (".csv" reads CSV, anything else JSON lines), which names the list in every hit and
     * every problem. Text that is not UTF-8 refuses the whole list, saying so.
     */
    public static List<ReferenceEntity> read(String source, InputStream content, Consumer<String> problems) throws IOException {
        BufferedReader text = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()));
        try {
            return source.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(source, text, problems)
                    : readFollowTheMoney(source, text, problems);
        } catch (CharacterCodingException e) {
            throw new IOException(source + " is not UTF-8 text: save it as UTF-8 (or export it again) and upload it again", e);
        }
    }

    static List<ReferenceEntity> readFollowTheMoney(String source, BufferedReader text, Consumer<String> problems)
            throws IOException {
        List<ReferenceEntity> entities = new ArrayList<>();
        JsonLines.read(text, (number, entity) -> {
            if (!"Person".equals(entity.path("schema").asString(""))) {
                return;
            }
            JsonNode properties = entity.path("properties");
            LinkedHashSet<String> names = new LinkedHashSet<>(strings(properties, "name"));
            names.addAll(strings(properties, "alias"));
            if (entity.path("id").asString("").isEmpty() || names.isEmpty()) {
                problems.accept(source + " line " + number + ": a Person needs an id and a name");
                return;
            }
            entities.add(new ReferenceEntity(entity.path("id").asString(), List.copyOf(names),
                    years(strings(properties, "birthDate")), strings(properties, "nationality"),
                    strings(properties, "position"), source));
        }, problem -> problems.accept(source + " " + problem));
        return entities;
    }

    static List<ReferenceEntity> readCsv(String source, Reader reader, Consumer<String> problems) throws IOException {
        List<ReferenceEntity> entities = new ArrayList<>();
        try {
            Iterable<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreHeaderCase(true).setTrim(true).get().parse(reader);
            for (CSVRecord row : rows) {
                Map<String, String> columns = row.toMap();
                String fullName = first(columns, "name", "full_name", "fullname");
                if (fullName == null) {
                    String joined = String.join(" ", nonBlank(first(columns, "first_name"), first(columns, "middle_name"),
                            first(columns, "last_name")));
                    fullName = joined.isBlank() ? null : joined;
                }
                if (fullName == null) {
                    problems.accept(source + " line " + row.getRecordNumber() + ": no name");
                    continue;
                }
                String id = first(columns, "id", "entity_id");
                List<String> names = new ArrayList<>(List.of(fullName));
                String alias = first(columns, "alias", "aliases");
                if (alias != null) {
                    for (String a : alias.split(";")) {
                        if (!a.isBlank()) {
                            names.add(a.strip());
                        }
                    }
                }
                String birth = first(columns, "birth_date", "date_of_birth", "birthdate", "dob");
                entities.add(new ReferenceEntity(id != null ? id : source + ":" + row.getRecordNumber(), names,
                        years(birth == null ? List.of() : List.of(birth)),
                        nonBlank(first(columns, "nationality", "country")), nonBlank(first(columns, "position")), source));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException(source + " is not a CSV file with a header: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw coding;
            }
            // Commons CSV says where: "(line 7) EOF reached before encapsulated token finished"
            throw new IOException(source + " cannot be read as CSV past " + e.getCause().getMessage()
                    .replaceFirst("^.*IOException: ", ""), e);
        }
        return entities;
    }

    private static List<String> strings(JsonNode properties, String field) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : properties.path(field)) {
            if (value.isString() && !value.asString().isBlank()) {
                values.add(value.asString().strip());
            }
        }
        return values;
    }

    private static List<Integer> years(List<String> dates) {
        List<Integer> years = new ArrayList<>();
        for (String date : dates) {
            if (date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)) {
                years.add(Integer.parseInt(date.substring(0, 4)));
            }
        }
        return years;
    }

    private static String first(Map<String, String> columns, String... names) {
        for (String name : names) {
            for (Map.Entry<String, String> column : columns.entrySet()) {
                if (column.getKey().strip().equalsIgnoreCase(name) && column.getValue() != null && !column.getValue().isBlank()) {
                    return column.getValue().strip();
                }
            }
        }
        return null;
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }
}
