package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Random;

/**
 * Invents people: names as common as they are in Iran (so namesakes happen as they do), a birth
 * year, place and national ID, a service and a career the age allows, a family; now and then a
 * brother of someone already invented (same family name, father and birth place: two people
 * whom careless linking merges).
 */
final class People {

    static final int YEAR = 2026;

    private final Pools pools;
    private final Random random;
    /** Where people serve, drawn apart from the rest ({@link #posting}). */
    private final Random postings;

    People(Pools pools, Random random, Random postings) {
        this.pools = pools;
        this.random = random;
        this.postings = postings;
    }

    List<Invented> invent(int count, String prefix) {
        List<Invented> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Invented brother = !people.isEmpty() && random.nextDouble() < 0.015 ? people.get(random.nextInt(people.size())) : null;
            people.add(one(prefix + (i + 1), brother));
        }
        return people;
    }

    Invented one(String id, Invented brotherOf) {
        return one(id, brotherOf, Services.organization(random));
    }

    Invented one(String id, Invented brotherOf, Services.Organization organization) {
        boolean woman = random.nextDouble() < (organization.ranked() ? 0.04 : organization.code().equals("CLERGY") ? 0 : 0.22);
        if (brotherOf != null) {
            woman = false;
        }
        int birthYear = brotherOf != null ? brotherOf.birthYear() + (random.nextBoolean() ? 1 : -1) * (2 + random.nextInt(6))
                : 1960 + random.nextInt(44);
        birthYear = Math.min(birthYear, 2006);
        int age = YEAR - birthYear;
        int years = Math.max(0, age - 18 - random.nextInt(Math.max(1, Math.min(12, age - 17))));
        double openness = 0.3 + 0.7 * random.nextDouble();
        List<int[]> relatives = new ArrayList<>();
        if (age > 23 && random.nextDouble() < 0.8) {
            relatives.add(new int[] {0, birthYear + (woman ? -1 - random.nextInt(6) : random.nextInt(9) - 1)});
        }
        int children = age > 25 ? random.nextInt(Math.min(5, (age - 22) / 4 + 1)) : 0;
        for (int c = 0; c < children; c++) {
            relatives.add(new int[] {1, Math.min(YEAR - 1, birthYear + 22 + random.nextInt(Math.max(1, Math.min(20, age - 22))))});
        }
        if (random.nextDouble() < 0.25) {
            relatives.add(new int[] {2, birthYear - 22 - random.nextInt(15)});
        }
        if (random.nextDouble() < 0.15) {
            relatives.add(new int[] {3, birthYear + random.nextInt(13) - 6});
        }
        return new Invented(id, woman, pools.given(woman, random), brotherOf != null ? brotherOf.family() : pools.family(random),
                brotherOf != null ? brotherOf.father() : pools.given(false, random), birthYear,
                brotherOf != null ? brotherOf.place() : pools.place(random), nationalId(true), organization,
                random.nextDouble() < 0.85 ? Services.unit(organization.code(), random) : null, Services.rank(organization, age, random),
                Services.position(organization.code(), random), years, List.copyOf(relatives),
                !woman && random.nextDouble() < 0.1, random.nextDouble() < 0.03, random.nextDouble() < 0.1, tells(openness),
                posting(organization));
    }

    /**
     * Where a person serves: headquarters staff (ministries, intelligence, the foreign service)
     * half the time in Tehran, everyone else where people live. Drawn from a stream of its own, so
     * that the rest of a person is as it was before the corpus gave provinces.
     */
    Invented.Posting posting(Services.Organization organization) {
        boolean headquarters = switch (organization.code()) {
            case "MINISTRY", "MOIS", "DIPLOMATIC" -> true;
            default -> false;
        };
        Pools.Province now = headquarters && postings.nextDouble() < 0.5 ? pools.capital() : pools.province(postings);
        Pools.Province before = postings.nextDouble() < 0.08 ? pools.province(postings) : null;
        return new Invented.Posting(now, before == now ? null : before, postings.nextDouble() < 0.8,
                Departments.pick(organization.code(), postings));
    }

    /** The fields a person of this openness is willing to give: the more private, the likelier withheld. */
    Set<Invented.Field> tells(double openness) {
        Set<Invented.Field> tells = EnumSet.noneOf(Invented.Field.class);
        double[] chance = {0.75, 0.95, 0.6, 0.7, 0.8, 0.85, 0.6}; // father, year, place, ID, unit, rank, family
        for (Invented.Field field : Invented.Field.values()) {
            double p = chance[field.ordinal()];
            if (random.nextDouble() < (field == Invented.Field.BIRTH_YEAR || field == Invented.Field.RANK ? p : p * (0.4 + 0.6 * openness))) {
                tells.add(field);
            }
        }
        return tells;
    }

    /** Ten digits; with a valid check digit when asked (a real ID), otherwise whatever the digits give. */
    String nationalId(boolean valid) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            id.append((char) ('0' + random.nextInt(10)));
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (id.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        int check = remainder < 2 ? remainder : 11 - remainder;
        id.append(valid ? check : (check + 1 + random.nextInt(9)) % 10);
        return id.toString();
    }
}
