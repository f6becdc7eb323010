package org.safepassage.vetting.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.safepassage.vetting.run.CorpusFiles;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.consistency.RankTable;

/**
 * Synthetic registrations of invented people, deterministic per seed. Each person registers one
 * to four times, each time in Persian or Latin script with the noise real people make: another
 * Latin spelling, a slip of one letter, a birth year one off (Solar Hijri conversion), names
 * swapped, compound names joined or apart, Arabic letter forms, fields left out, a mistyped
 * national ID. Hard negatives: different people who share a common given and family name.
 * Planted registrations (a share of the whole, {@link PlantedCampaigns}) come from campaigns of
 * three styles. {@code truth.jsonl} maps every registration to its person and says whether it was
 * planted, by which campaign, in which style.
 */
public final class Generator {

    static final String[][] CITIES = {{"تهران", "Tehran"}, {"مشهد", "Mashhad"}, {"اصفهان", "Isfahan"},
            {"شیراز", "Shiraz"}, {"تبریز", "Tabriz"}, {"اهواز", "Ahvaz"}, {"قم", "Qom"}, {"کرمانشاه", "Kermanshah"},
            {"رشت", "Rasht"}, {"کرمان", "Kerman"}, {"یزد", "Yazd"}, {"همدان", "Hamedan"}, {"اراک", "Arak"},
            {"زاهدان", "Zahedan"}, {"ارومیه", "Urmia"}, {"بندرعباس", "Bandar Abbas"}};
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** Registrations arrive over this many days from {@link #START}. */
    static final int DAYS = 180;
    /** The year ages are counted to. */
    static final int YEAR = 2026;

    private final NameList given = NameList.load("given-names.tsv", true);
    private final List<NameList.Entry> family = FamilyNames.build(NameList.load("family-names.tsv", false),
            NameList.load("family-bases.tsv", false));
    private final ZipfPick familyFrequency = new ZipfPick(family.size(), 0.5);
    private final List<Rank> ranks = RankTable.get().ranks();
    private final Random random;
    /** Provinces and branches of service: drawn from a stream of their own, added after the rest of the generator. */
    private final Postings postings;
    private final double plantedShare;

    /** A generator whose output is 5 % planted registrations. */
    public Generator(long seed) {
        this(seed, 0.05);
    }

    /** @param plantedShare the share of all registrations that are planted by campaigns, in [0, 1) */
    public Generator(long seed, double plantedShare) {
        if (!(plantedShare >= 0 && plantedShare < 1)) {
            throw new IllegalArgumentException("the planted share must be at least 0 and below 1, not " + plantedShare);
        }
        this.random = new Random(seed);
        this.postings = new Postings(new Random(seed ^ 0x50524F56494E4345L));
        this.plantedShare = plantedShare;
    }

    /** Writes {@code registrations.jsonl} and {@code truth.jsonl}; returns the number of registrations. */
    public int write(int persons, Path dir) throws IOException {
        int sequence = 0;
        List<Generated> all = generate(persons);
        try (CorpusFiles files = CorpusFiles.create(dir)) {
            for (Generated generated : all) {
                Registration r = generated.registration();
                String id = String.format("r-%07d", ++sequence);
                files.write(r.received(id, r.receivedAt(), r.attachments()), id, generated.person(), generated.campaign() != null,
                        generated.campaign(), generated.style());
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
            String narrative = null;
            for (int c = 0; c < copies; c++) {
                Registration registration = render(person, c, narrative);
                narrative = registration.narrative();
                all.add(new Generated(registration, person.id(), null, null));
            }
        }
        int planted = (int) Math.round(all.size() * plantedShare / (1 - plantedShare));
        all.addAll(new PlantedCampaigns(this, random).generate(planted, people));
        Collections.shuffle(all, random);
        return all;
    }

    /**
     * One generated registration, the invented person it belongs to, and for a planted one the
     * campaign and its style ("flood", "impersonation", "careful"); both null for a genuine one.
     */
    public record Generated(Registration registration, String person, String campaign, String style) {
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
        NameList.Entry givenName = randomGiven(gender);
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
        int age = YEAR - birthYear;
        int yearsOfService = Math.max(0, age - 18 - random.nextInt(8));
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
        String[] province = postings.province();
        return new Identity(id, anonymous, givenName, familyName, father, birthYear, city, nationalId, organization, unit,
                List.copyOf(relatives), rankFor(organization, age, yearsOfService), yearsOfService, province,
                postings.formerProvince(province), postings.branch(organization));
    }

    /** A given name of the gender, common names likelier. */
    NameList.Entry randomGiven(String gender) {
        List<NameList.Entry> names = given.ofGender(gender);
        return names.get(new ZipfPick(names.size(), 0.8).next(random));
    }

    /** A family name, common names likelier. */
    NameList.Entry randomFamily() {
        return family.get(familyFrequency.next(random));
    }

    /** A rank the organisation has and the career allows, lower ranks likelier; null when none fits. */
    Rank rankFor(Organization organization, int age, int yearsOfService) {
        List<Rank> fitting = ranks.stream().filter(r -> r.organizations().contains(organization) && r.minAge() <= age
                && r.minYears() <= yearsOfService).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        int a = random.nextInt(fitting.size());
        int b = random.nextInt(fitting.size());
        return fitting.get(Math.min(a, b));
    }

    /** A rank as a registration writes it: Persian or Latin, now and then with پاسدار after an IRGC rank. */
    String write(Rank rank, Organization organization, boolean persian) {
        if (!persian) {
            return rank.english();
        }
        return organization == Organization.IRGC && random.nextDouble() < 0.3 ? rank.name() + " پاسدار" : rank.name();
    }

    private Registration render(Identity person, int copy, String earlierNarrative) {
        Instant received = START.plus(random.nextInt(24 * DAYS), ChronoUnit.HOURS);
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
        String unit = random.nextDouble() < 0.4 ? null : person.unit()[persian ? 0 : 1];
        String rank = person.rank() == null || random.nextDouble() < 0.4 ? null : write(person.rank(), person.organization(), persian);
        Integer years = random.nextDouble() < 0.5 ? null : person.yearsOfService();
        String province = postings.gives(0.5) ? postings.write(postings.either(person.province(), person.formerProvince()), persian) : null;
        String branch = person.branch() != null && postings.gives(0.4) ? postings.write(person.branch(), person.organization(), persian) : null;
        Service service = new Service(person.organization(), branch, unit, rank, null, years, province);
        List<FamilyMember> relatives = random.nextDouble() < 0.4 ? List.of() : familyAsWritten(person.relatives());
        Texts.Slots slots = new Texts.Slots(spell(person.given(), persian) + " " + spell(person.family(), persian),
                person.unit()[persian ? 0 : 1], person.city()[persian ? 0 : 1], person.yearsOfService(),
                YEAR - person.yearsOfService(), (int) person.relatives().stream().filter(m -> m.relation() == Relation.CHILD).count());
        // writing again, a person often says the same thing the same way
        String narrative = earlierNarrative != null && random.nextDouble() < 0.5 ? earlierNarrative
                : Texts.narrative(random, persian, slots);
        return new Registration(Registration.SCHEMA, "r-0000000", received, Channel.WEB, persian ? "fa" : "en", who, service,
                relatives, Texts.access(random, persian, slots), narrative,
                Urgency.values()[random.nextInt(Urgency.values().length)], List.of());
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

    String spell(NameList.Entry name, boolean persian) {
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

    String nationalId() {
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

    Postings postings() {
        return postings;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    record Identity(String id, boolean anonymous, NameList.Entry given, NameList.Entry family, NameList.Entry father,
                    int birthYear, String[] city, String nationalId, Organization organization, String[] unit,
                    List<FamilyMember> relatives, Rank rank, int yearsOfService, String[] province, String[] formerProvince,
                    String[] branch) {
    }
}
