package org.safepassage.vetting.link;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * The linkage model as data, as Splink and Duke keep theirs: for each field, what each comparison
 * level weighs, which fields hold what only the person knows, and the rules between whole
 * groups. The default is {@code linkage-model.tsv}; a weights file overrides any value as
 * {@code field.level=value}. {@code vet} and the desk load the same model.
 */
public final class LinkageModel {

    /** A field that two registrations are compared on; {@code PAIR} holds the rules of the whole comparison. */
    public enum Field {
        GIVEN_NAME("givenName"), FAMILY_NAME("familyName"), FATHER_NAME("fatherName"), BIRTH_YEAR("birthYear"),
        NATIONAL_ID("nationalId"), BIRTH_PLACE("birthPlace"), FAMILY("family"), ORGANIZATION("organization"),
        UNIT("unit"), RANK("rank"), POSITION("position"), SERVICE_YEARS("yearsOfService"), BRANCH("branch"), PROVINCE("province"),
        NARRATIVE("narrative"), PAIR("pair");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** How a level's value is used. */
    public enum How { WEIGHT, M, SHARE, FLAG }

    /** One row of the model: a field's level, how its value is used, the value, and what it means. */
    public record Level(Field field, String level, How how, double value, String meaning) {
    }

    private static final LinkageModel DEFAULT = load();

    private final Map<String, Level> levels;
    private final Set<Field> privateFields;

    private LinkageModel(Map<String, Level> levels, Set<Field> privateFields) {
        this.levels = levels;
        this.privateFields = privateFields;
    }

    public static LinkageModel defaults() {
        return DEFAULT;
    }

    private static LinkageModel load() {
        Map<String, Level> levels = new LinkedHashMap<>();
        Set<Field> privateFields = EnumSet.noneOf(Field.class);
        for (String[] row : TabSeparated.rows(LinkageModel.class, "linkage-model.tsv")) {
            Field field = field(row[0]);
            Level level = new Level(field, row[1], How.valueOf(row[2].toUpperCase(java.util.Locale.ROOT)),
                    Double.parseDouble(row[3]), row[5]);
            levels.put(field.key() + "." + row[1], level);
            if (row[4].equals("private")) {
                privateFields.add(field);
            }
        }
        return new LinkageModel(levels, privateFields);
    }

    private static Field field(String key) {
        for (Field field : Field.values()) {
            if (field.key().equals(key)) {
                return field;
            }
        }
        throw new IllegalStateException("linkage-model.tsv: unknown field " + key);
    }

    /**
     * This model with values replaced: keys {@code field.level} (as in the model's table), values
     * numbers; an unknown key, or a value that is not a number, is an error naming it.
     */
    public LinkageModel with(Properties overrides, String source) {
        Map<String, Level> changed = new LinkedHashMap<>(levels);
        for (String key : overrides.stringPropertyNames()) {
            Level level = levels.get(key);
            if (level == null) {
                throw new IllegalArgumentException(source + ": " + key + " is not in the linkage model (fields and levels: "
                        + String.join(", ", levels.keySet()) + ")");
            }
            double value;
            try {
                value = Double.parseDouble(overrides.getProperty(key).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ": " + key + " is not a number: " + overrides.getProperty(key));
            }
            if (level.how() == How.M && !(value > 0 && value <= 1) || level.how() == How.SHARE && !(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException(source + ": " + key + " is a probability, between 0 and 1, not " + value);
            }
            changed.put(key, new Level(level.field(), level.level(), level.how(), value, level.meaning()));
        }
        return new LinkageModel(changed, privateFields);
    }

    /** The same model with another margin (more: fewer, surer links; less: more links). */
    public LinkageModel withMargin(double margin) {
        Properties properties = new Properties();
        properties.setProperty("pair.margin", Double.toString(margin));
        return with(properties, "margin");
    }

    /** The value of a field's level; an unknown one is a programming error. */
    public double value(Field field, String level) {
        Level found = levels.get(field.key() + "." + level);
        if (found == null) {
            throw new IllegalArgumentException("no level " + level + " of " + field.key() + " in the linkage model");
        }
        return found.value();
    }

    public boolean flag(String rule) {
        return value(Field.PAIR, rule) != 0;
    }

    /** Whether the field holds what only the person knows. */
    public boolean isPrivate(Field field) {
        return privateFields.contains(field);
    }

    /** Every level in the model's order, for the documentation's table. */
    public List<Level> levels() {
        return new ArrayList<>(levels.values());
    }
}
