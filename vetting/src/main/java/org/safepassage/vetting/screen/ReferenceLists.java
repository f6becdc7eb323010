package org.safepassage.vetting.screen;

import java.io.IOException;
import java.io.Reader;
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
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? readCsv(file, problems) : readFollowTheMoney(file, problems);
    }

    static List<ReferenceEntity> readFollowTheMoney(Path file, Consumer<String> problems) throws IOException {
        List<ReferenceEntity> entities = new ArrayList<>();
        String source = file.getFileName().toString();
        JsonLines.read(file, (number, entity) -> {
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

    static List<ReferenceEntity> readCsv(Path file, Consumer<String> problems) throws IOException {
        List<ReferenceEntity> entities = new ArrayList<>();
        String source = file.getFileName().toString();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
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
