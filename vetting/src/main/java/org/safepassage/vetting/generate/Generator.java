package org.safepassage.vetting.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.safepassage.core.json.Json;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;

/**
 * Synthetic registrations of invented people, deterministic per seed. Each person registers one
 * to four times, each time in Persian or Latin script with the noise real people make: another
 * Latin spelling, a slip of one letter, a birth year one off (Solar Hijri conversion), names
 * swapped, compound names joined or apart, Arabic letter forms, fields left out, a mistyped
 * national ID. Hard negatives: different people who share a common given and family name.
 * {@code truth.jsonl} maps every registration to its person.
 */
public final class Generator {

    private static final String[][] CITIES = {{"تهران", "Tehran"}, {"مشهد", "Mashhad"}, {"اصفهان", "Isfahan"},
            {"شیراز", "Shiraz"}, {"تبریز", "Tabriz"}, {"اهواز", "Ahvaz"}, {"قم", "Qom"}, {"کرمانشاه", "Kermanshah"},
            {"رشت", "Rasht"}, {"کرمان", "Kerman"}, {"یزد", "Yazd"}, {"همدان", "Hamedan"}, {"اراک", "Arak"},
            {"زاهدان", "Zahedan"}, {"ارومیه", "Urmia"}, {"بندرعباس", "Bandar Abbas"}};
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final NameList given = NameList.load("given-names.tsv", true);
    private final List<NameList.Entry> family = FamilyNames.build(NameList.load("family-names.tsv", false),
            NameList.load("family-bases.tsv", false));
    private final ZipfPick familyFrequency = new ZipfPick(family.size(), 0.5);
    private final Random random;

    public Generator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code registrations.jsonl} and {@code truth.jsonl}; returns the number of registrations. */
    public int write(int persons, Path dir) throws IOException {
        Files.createDirectories(dir);
        int sequence = 0;
        List<Generated> all = generate(persons);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("registrations.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter truth = Files.newBufferedWriter(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            for (Generated generated : all) {
                Registration r = generated.registration();
                String id = String.format("r-%07d", ++sequence);
                out.write(Json.MAPPER.writeValueAsString(r.received(id, r.receivedAt(), r.attachments())));
                out.newLine();
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", id);
                line.put("person", generated.person());
                truth.write(Json.MAPPER.writeValueAsString(line));
                truth.newLine();
            }
        }
        return all.size();
    }

    /**
     * Registrations of {@code persons} invented people, in random order, each with the person it
     * belongs to; ids are left for the caller to give (the file's numbering, or an intake's).
     */
    public List<Generated> generate(int persons) {
        List<Identity> people = new ArrayList<>(persons);
        for (int p = 0; p < persons; p++) {
            people.add(person(p, people));
        }
        List<Generated> all = new ArrayList<>();
        for (Identity person : people) {
            int copies = person.anonymous() ? 1 : copies();
            for (int c = 0; c < copies; c++) {
                all.add(new Generated(render(person, c), person.id()));
            }
        }
        Collections.shuffle(all, random);
        return all;
    }

    /** One generated registration and the invented person it belongs to. */
    public record Generated(Registration registration, String person) {
    }

    private int copies() {
        double roll = random.nextDouble();
        return roll < 0.70 ? 1 : roll < 0.90 ? 2 : roll < 0.97 ? 3 : 4;
    }

    private Identity person(int index, List<Identity> earlier) {
        String id = String.format("p-%07d", index + 1);
        boolean anonymous = random.nextDouble() < 0.03;
        String gender = random.nextDouble() < 0.85 ? "m" : "f";
        List<NameList.Entry> givenNames = given.ofGender(gender);
        NameList.Entry givenName = givenNames.get(new ZipfPick(givenNames.size(), 0.8).next(random));
        NameList.Entry familyName = family.get(familyFrequency.next(random));
        if (!earlier.isEmpty() && random.nextDouble() < 0.08) {
            // a hard negative: the full name of someone else with a common name (the ten most common
            // given names, the twenty most common family names), as common names do repeat
            Identity namesake = earlier.get(random.nextInt(earlier.size()));
            int givenRank = givenNames.indexOf(namesake.given());
            if (givenRank >= 0 && givenRank < 10 && family.indexOf(namesake.family()) < 20) {
                givenName = namesake.given();
                familyName = namesake.family();
            } else {
                givenName = givenNames.get(random.nextInt(Math.min(10, givenNames.size())));
                familyName = family.get(random.nextInt(20));
            }
        }
        NameList.Entry father = pick(given.ofGender("m"));
        int birthYear = 1955 + random.nextInt(48);
        String[] city = CITIES[random.nextInt(CITIES.length)];
        String nationalId = random.nextDouble() < 0.85 ? nationalId() : null;
        Organization organization = Organization.values()[random.nextInt(Organization.values().length - 1)];
        int unitNumber = 1 + random.nextInt(120);
        String[] unit = {"یگان " + unitNumber, "Unit " + unitNumber};
        List<FamilyMember> relatives = new ArrayList<>();
        if (random.nextDouble() < 0.75) {
            relatives.add(new FamilyMember(Relation.SPOUSE, birthYear + random.nextInt(8) - 1));
        }
        for (int child = random.nextInt(4); child > 0; child--) {
            relatives.add(new FamilyMember(Relation.CHILD, Math.min(2025, birthYear + 20 + random.nextInt(18))));
        }
        return new Identity(id, anonymous, givenName, familyName, father, birthYear, city, nationalId, organization, unit,
                List.copyOf(relatives));
    }

    private Registration render(Identity person, int copy) {
        Instant received = START.plus(random.nextInt(24 * 180), ChronoUnit.HOURS);
        boolean persian = random.nextDouble() < 0.55;
        Person who = Person.ANONYMOUS;
        if (!person.anonymous()) {
            String givenName = spell(person.given(), persian);
            String familyName = spell(person.family(), persian);
            if (random.nextDouble() < 0.08) {
                if (random.nextBoolean()) {
                    givenName = Noise.typo(givenName, random);
                } else {
                    familyName = Noise.typo(familyName, random);
                }
            }
            if (random.nextDouble() < 0.04) {
                String swap = givenName;
                givenName = familyName;
                familyName = swap;
            }
            String father = random.nextDouble() < 0.25 ? null : spell(person.father(), persian);
            Integer year = random.nextDouble() < 0.10 ? null
                    : person.birthYear() + (random.nextDouble() < 0.2 ? (random.nextBoolean() ? 1 : -1) : 0);
            String nationalId = random.nextDouble() < 0.35 || person.nationalId() == null ? null
                    : random.nextDouble() < 0.03 ? Noise.slipDigit(person.nationalId(), random) : person.nationalId();
            String place = random.nextDouble() < 0.5 ? null : person.city()[persian ? 0 : 1];
            who = new Person(givenName, familyName, father, year, place, nationalId);
        }
        Service service = new Service(person.organization(), null, random.nextDouble() < 0.4 ? null : person.unit()[persian ? 0 : 1],
                null, null, null, null);
        List<FamilyMember> relatives = random.nextDouble() < 0.4 ? List.of() : familyAsWritten(person.relatives());
        return new Registration(Registration.SCHEMA, "r-0000000", received, Channel.WEB, persian ? "fa" : "en", who, service,
                relatives, null, null, Urgency.values()[random.nextInt(Urgency.values().length)], List.of());
    }

    /** The family as one registration lists it: now and then a member left out, a year one off. */
    private List<FamilyMember> familyAsWritten(List<FamilyMember> relatives) {
        List<FamilyMember> written = new ArrayList<>();
        for (FamilyMember member : relatives) {
            if (random.nextDouble() < 0.15) {
                continue;
            }
            int shift = random.nextDouble() < 0.15 ? (random.nextBoolean() ? 1 : -1) : 0;
            written.add(new FamilyMember(member.relation(), member.birthYear() + shift));
        }
        return written;
    }

    private String spell(NameList.Entry name, boolean persian) {
        if (!persian) {
            return name.latin().get(random.nextInt(name.latin().size()));
        }
        String text = name.persian();
        if (text.contains("\u200C") && random.nextDouble() < 0.5) {
            text = text.replace("\u200C", random.nextBoolean() ? " " : "");
        }
        if (random.nextDouble() < 0.15) {
            text = text.replace('ی', 'ي').replace('ک', 'ك'); // typed on an Arabic keyboard layout
        }
        return text;
    }

    private String nationalId() {
        int sum = 0;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            int digit = random.nextInt(10);
            digits.append(digit);
            sum += digit * (10 - i);
        }
        int remainder = sum % 11;
        return digits.append(remainder < 2 ? remainder : 11 - remainder).toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private record Identity(String id, boolean anonymous, NameList.Entry given, NameList.Entry family, NameList.Entry father,
                            int birthYear, String[] city, String nationalId, Organization organization, String[] unit,
                            List<FamilyMember> relatives) {
    }
}
