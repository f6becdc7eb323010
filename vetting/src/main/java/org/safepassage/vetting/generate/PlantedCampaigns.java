package org.safepassage.vetting.generate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * Planted registrations, as the regime's campaigns would make them, in three styles (by share of
 * the planted registrations: floods are cheap and many, careful fakes costly and few):
 * <ul>
 *   <li><b>flood</b> (about 80 %): hundreds of registrations in one to three days through one
 *   organisation and a few units, one template text with the slots filled in, invented names,
 *   national IDs often invalid or left out, ranks picked without regard to age;</li>
 *   <li><b>impersonation</b> (about 5 %): one senior genuine person's name claimed again and again,
 *   with his organisation and rank but invented fathers, birth years and national IDs, over weeks;</li>
 *   <li><b>careful</b> (about 15 %): a few dozen invented people spread over the whole period,
 *   valid national IDs, their own words (the genuine sentence bank), plausible careers; about a
 *   third carry one slip a fabricated identity makes (a rank too senior for the age, a unit of
 *   another organisation, more years of service than the age allows, a child born too early).</li>
 * </ul>
 */
final class PlantedCampaigns {

    private final Generator generator;
    private final Random random;
    private int campaigns;
    private int fakes;

    PlantedCampaigns(Generator generator, Random random) {
        this.generator = generator;
        this.random = random;
    }

    List<Generator.Generated> generate(int total, List<Generator.Identity> genuine) {
        List<Generator.Generated> all = new ArrayList<>();
        int impersonations = (int) Math.round(total * 0.05);
        int careful = (int) Math.round(total * 0.15);
        int floods = total - impersonations - careful;
        while (floods > 0) {
            int size = Math.min(floods, 200 + random.nextInt(1300));
            all.addAll(flood(size));
            floods -= size;
        }
        while (impersonations > 0) {
            int size = Math.min(impersonations, 8 + random.nextInt(23));
            all.addAll(impersonation(size, genuine));
            impersonations -= size;
        }
        while (careful > 0) {
            int size = Math.min(careful, 20 + random.nextInt(61));
            all.addAll(careful(size));
            careful -= size;
        }
        return all;
    }

    private List<Generator.Generated> flood(int size) {
        String campaign = "flood-" + (++campaigns);
        boolean persian = random.nextDouble() < 0.7;
        String template = Texts.FLOOD[random.nextInt(Texts.FLOOD.length)][persian ? 0 : 1];
        Organization organization = organization();
        int[] units = {1 + random.nextInt(120), 1 + random.nextInt(120), 1 + random.nextInt(120)};
        int firstDay = random.nextInt(Generator.DAYS - 3);
        int days = 1 + random.nextInt(3);
        Postings postings = generator.postings();
        String[] office = postings.province(); // a campaign is run from one place, and says so on many of its registrations
        List<Generator.Generated> made = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String given = generator.spell(generator.randomGiven(random.nextDouble() < 0.9 ? "m" : "f"), persian);
            String family = generator.spell(generator.randomFamily(), persian);
            int birthYear = 1960 + random.nextInt(41);
            int unitNumber = units[random.nextInt(units.length)];
            String unit = persian ? "یگان " + unitNumber : "Unit " + unitNumber;
            String[] city = Generator.CITIES[random.nextInt(Generator.CITIES.length)];
            double idRoll = random.nextDouble();
            String nationalId = idRoll < 0.4 ? invalid(generator.nationalId()) : idRoll < 0.7 ? null : generator.nationalId();
            Rank rank = random.nextDouble() < 0.5 ? anyRank(organization) : null;
            int years = 5 + random.nextInt(25);
            Texts.Slots slots = new Texts.Slots(given + " " + family, unit, city[persian ? 0 : 1], years, Generator.YEAR - years, 2);
            Instant at = Generator.START.plus(firstDay * 24L + random.nextInt(24 * days), ChronoUnit.HOURS);
            Registration registration = registration(at, persian, new Person(given, family, null, birthYear,
                            random.nextDouble() < 0.3 ? city[persian ? 0 : 1] : null, nationalId),
                    new Service(organization, null, random.nextDouble() < 0.7 ? unit : null,
                            rank == null ? null : generator.write(rank, organization, persian), null,
                            random.nextDouble() < 0.4 ? years : null,
                            postings.gives(0.4) ? postings.write(postings.gives(0.7) ? office : postings.province(), persian) : null),
                    List.of(), random.nextDouble() < 0.5 ? Texts.fill(template, slots) : null, Texts.fill(template, slots),
                    random.nextBoolean() ? Urgency.IMMEDIATE : Urgency.HIGH);
            made.add(fake(registration, campaign, "flood"));
        }
        return made;
    }

    private List<Generator.Generated> impersonation(int size, List<Generator.Identity> genuine) {
        String campaign = "impersonation-" + (++campaigns);
        Generator.Identity target = null;
        for (int tries = 0; tries < 200 && (target == null || target.anonymous() || target.rank() == null
                || target.rank().level() < 6); tries++) {
            target = genuine.get(random.nextInt(genuine.size()));
        }
        int firstDay = random.nextInt(Generator.DAYS - 60);
        List<Generator.Generated> made = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean persian = random.nextDouble() < 0.6;
            int birthYear = target.birthYear() + (random.nextBoolean() ? 1 : -1) * (2 + random.nextInt(7));
            String father = generator.spell(generator.randomGiven("m"), persian);
            String unit = target.unit()[persian ? 0 : 1];
            Texts.Slots slots = new Texts.Slots("", unit, target.city()[persian ? 0 : 1], target.yearsOfService(),
                    Generator.YEAR - target.yearsOfService(), 2);
            Instant at = Generator.START.plus((firstDay + random.nextInt(60)) * 24L + random.nextInt(24), ChronoUnit.HOURS);
            Registration registration = registration(at, persian,
                    new Person(generator.spell(target.given(), persian), generator.spell(target.family(), persian), father,
                            birthYear, null, generator.nationalId()),
                    new Service(target.organization(),
                            target.branch() != null && generator.postings().gives(0.5)
                                    ? generator.postings().write(target.branch(), target.organization(), persian) : null,
                            random.nextBoolean() ? unit : null,
                            target.rank() == null ? null : generator.write(target.rank(), target.organization(), persian), null,
                            null, generator.postings().gives(0.6) ? generator.postings().write(target.province(), persian) : null),
                    List.of(), Texts.access(random, persian, slots), Texts.narrative(random, persian, slots), Urgency.HIGH);
            made.add(fake(registration, campaign, "impersonation"));
        }
        return made;
    }

    private List<Generator.Generated> careful(int size) {
        String campaign = "careful-" + (++campaigns);
        List<Generator.Generated> made = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            boolean persian = random.nextDouble() < 0.55;
            Organization organization = organization();
            int birthYear = 1960 + random.nextInt(40);
            int age = Generator.YEAR - birthYear;
            int years = Math.max(0, age - 18 - random.nextInt(8));
            Rank rank = generator.rankFor(organization, age, years);
            int unitNumber = 1 + random.nextInt(120);
            String unit = persian ? "یگان " + unitNumber : "Unit " + unitNumber;
            List<FamilyMember> family = new ArrayList<>();
            if (random.nextBoolean()) {
                family.add(new FamilyMember(Relation.SPOUSE, birthYear + random.nextInt(6)));
                family.add(new FamilyMember(Relation.CHILD, Math.min(2025, birthYear + 22 + random.nextInt(12))));
            }
            double slip = random.nextDouble();
            if (slip < 0.09) {
                rank = anyRank(organization); // chosen for the story, not the career
                if (rank != null && rank.minAge() <= age + 2) {
                    birthYear = Generator.YEAR - rank.minAge() + 6;
                }
            } else if (slip < 0.17) {
                unit = persian ? "کلانتری " + unitNumber : "Police station " + unitNumber;
                organization = organization == Organization.FARAJA ? Organization.ARTESH : organization;
            } else if (slip < 0.25) {
                years = age - 8;
            } else if (slip < 0.33) {
                family.add(new FamilyMember(Relation.CHILD, birthYear + 9));
            }
            String[] city = Generator.CITIES[random.nextInt(Generator.CITIES.length)];
            String given = generator.spell(generator.randomGiven(random.nextDouble() < 0.85 ? "m" : "f"), persian);
            String familyName = generator.spell(generator.randomFamily(), persian);
            Texts.Slots slots = new Texts.Slots(given + " " + familyName, unit, city[persian ? 0 : 1], years,
                    Generator.YEAR - years, family.size() > 1 ? 1 : 0);
            Instant at = Generator.START.plus(random.nextInt(24 * Generator.DAYS), ChronoUnit.HOURS);
            Registration registration = registration(at, persian,
                    new Person(given, familyName, generator.spell(generator.randomGiven("m"), persian), birthYear,
                            random.nextBoolean() ? city[persian ? 0 : 1] : null, generator.nationalId()),
                    new Service(organization, branch(organization, persian), unit,
                            rank == null ? null : generator.write(rank, organization, persian),
                            null, random.nextBoolean() ? years : null,
                            generator.postings().gives(0.5) ? generator.postings().write(generator.postings().province(), persian) : null),
                    family, Texts.access(random, persian, slots), Texts.narrative(random, persian, slots),
                    Urgency.values()[1 + random.nextInt(3)]);
            made.add(fake(registration, campaign, "careful"));
        }
        return made;
    }

    /** A branch of the organisation, as a careful invention gives one now and then; null otherwise. */
    private String branch(Organization organization, boolean persian) {
        Postings postings = generator.postings();
        String[] branch = postings.branch(organization);
        return branch != null && postings.gives(0.4) ? postings.write(branch, organization, persian) : null;
    }

    private Organization organization() {
        return Organization.values()[random.nextInt(Organization.values().length - 1)];
    }

    /** Any rank of the organisation, senior ones as likely as junior: what a story wants, not what a career allows. */
    private Rank anyRank(Organization organization) {
        List<Rank> ranks = RankTable.get().ranks().stream()
                .filter(r -> r.organizations().contains(organization)).toList();
        return ranks.isEmpty() ? null : ranks.get(random.nextInt(ranks.size()));
    }

    private String invalid(String nationalId) {
        char last = nationalId.charAt(9);
        return nationalId.substring(0, 9) + (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10);
    }

    private static Registration registration(Instant at, boolean persian, Person person, Service service,
                                             List<FamilyMember> family, String access, String narrative, Urgency urgency) {
        return new Registration(Registration.SCHEMA, "r-0000000", at, Channel.WEB, persian ? "fa" : "en", person, service, family,
                access, narrative, urgency, List.of());
    }

    private Generator.Generated fake(Registration registration, String campaign, String style) {
        return new Generator.Generated(registration, String.format("p-fake-%06d", ++fakes), campaign, style);
    }
}
