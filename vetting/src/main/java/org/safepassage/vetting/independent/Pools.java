package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.safepassage.vetting.tables.TabSeparated;

/**
 * The independent corpus's people: given names by gender, family names (the listed ones and a
 * tail built the way Persian builds them, a stem and a suffix), and birth places, from
 * {@code people.tsv}. Names carry their Persian spelling and their sounds; {@link Romaniser}
 * makes the Latin spellings.
 */
final class Pools {

    /** A name: Persian script with | where a compound joins, its sounds with + there, and how common it is. */
    record Name(String persian, String sounds, double weight) {
    }

    /** A city: Persian script, sounds, and the spelling English-language lists use. */
    record Place(String persian, String sounds, String english) {
    }

    /** A province: Persian words (و joins two parts), their sounds (& there), the English name, and its share of people. */
    record Province(String persian, String sounds, String english, double weight) {
    }

    private final Weighted<Name> men;
    private final Weighted<Name> women;
    private final Weighted<Name> families;
    private final List<Place> places;
    private final Weighted<Province> provinces;

    private Pools(Weighted<Name> men, Weighted<Name> women, Weighted<Name> families, List<Place> places, Weighted<Province> provinces) {
        this.men = men;
        this.women = women;
        this.families = families;
        this.places = places;
        this.provinces = provinces;
    }

    static Pools load() {
        List<Name> men = new ArrayList<>();
        List<Name> women = new ArrayList<>();
        List<Name> families = new ArrayList<>();
        List<Name> stems = new ArrayList<>();
        List<Name> suffixes = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        List<Province> provinces = new ArrayList<>();
        for (String[] row : TabSeparated.rows(Pools.class, "people.tsv")) {
            switch (row[0]) {
                case "given" -> (row[1].equals("f") ? women : men).add(new Name(row[2], row[3], Double.parseDouble(row[4])));
                case "family" -> families.add(new Name(row[2], row[3], Double.parseDouble(row[4])));
                case "stem" -> stems.add(new Name(row[2], row[3], Double.parseDouble(row[4])));
                case "suffix" -> suffixes.add(new Name(row[2], row[3], Double.parseDouble(row[4])));
                case "place" -> places.add(new Place(row[2], row[3], row[4]));
                case "province" -> provinces.add(new Province(row[2], row[3], row[4], Double.parseDouble(row[1])));
                default -> throw new IllegalStateException("people.tsv: unknown kind " + row[0]);
            }
        }
        // the long tail: every stem with every suffix, each rarer than any listed name
        for (Name stem : stems) {
            for (Name suffix : suffixes) {
                families.add(new Name(stem.persian() + suffix.persian(), stem.sounds() + suffix.sounds(),
                        stem.weight() * suffix.weight() / 20));
            }
        }
        return new Pools(new Weighted<>(men, Name::weight), new Weighted<>(women, Name::weight),
                new Weighted<>(families, Name::weight), List.copyOf(places), new Weighted<>(provinces, Province::weight));
    }

    Name given(boolean woman, Random random) {
        return (woman ? women : men).pick(random);
    }

    Name family(Random random) {
        return families.pick(random);
    }

    Province province(Random random) {
        return provinces.pick(random);
    }

    /** The province of the capital, where headquarters are. */
    Province capital() {
        return provinces.all().stream().filter(p -> p.english().equals("Tehran")).findFirst().orElseThrow();
    }

    Place place(Random random) {
        return places.get(random.nextInt(places.size()));
    }
}
