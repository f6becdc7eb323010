package org.safepassage.vetting.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;

class ImpersonationTest {

    private static final String[] FATHERS = {"Nader", "Majid", "Behrouz", "Davoud", "Karim", "Naser", "Hamid", "Jalal",
            "Kazem", "Morteza", "Abbas", "Yousef", "Rasoul", "Taghi"};
    private static final String[] JUNIOR = {"سرباز", "سرجوخه", "گروهبان سوم", "گروهبان دوم", "گروهبان یکم"};

    private final List<PersonRecord> records = new ArrayList<>();

    private void add(String given, String family, String father, int year, Organization organization, String rank) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, father, year, null, null),
                new Service(organization, null, null, rank, null, null, null), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    /**
     * A common full name, 40 namesakes in every organisation with junior ranks, and a thousand
     * other people per organisation, so that the name's namesakes hide a dozen more of it.
     */
    private void commonNameEverywhere() {
        Organization[] organizations = {Organization.IRGC, Organization.ARTESH, Organization.FARAJA, Organization.BASIJ};
        for (Organization organization : organizations) {
            for (int i = 0; i < 40; i++) {
                add("Hassan", "Abbasi", FATHERS[i % FATHERS.length], 1960 + i, organization, JUNIOR[i % JUNIOR.length]);
            }
            for (int i = 0; i < 1000; i++) {
                add(invented(i), invented(1000 * organization.ordinal() + i) + "zadeh", null, 1960 + i % 40, organization,
                        JUNIOR[i % JUNIOR.length]);
            }
        }
    }

    /**
     * A made-up name, one per number: its digits in base 7 as consonants, taken in turn from two
     * sets so that no two neighbours are alike (name keys ignore digits and fold doubled letters).
     */
    private static String invented(int number) {
        String[] consonants = {"bdfgjkl", "mnprstz"};
        StringBuilder name = new StringBuilder("Ta");
        int position = 0;
        for (int rest = number + 1; rest > 0; rest /= 7, position++) {
            name.append(consonants[position % 2].charAt(rest % 7)).append('a');
        }
        return name.toString();
    }

    private List<Impersonation.Group> find() {
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        int[] everyoneApart = IntStream.range(0, records.size()).toArray();
        return Impersonation.find(records, everyoneApart, frequencies, new Finding[records.size()]);
    }

    @Test
    void aDozenClaimingOneCommonNameWithOneGeneralsRankAreFoundWhereTheNameAloneHidesThem() {
        commonNameEverywhere();
        int first = records.size();
        for (int i = 0; i < 12; i++) {
            add("Hassan", "Abbasi", FATHERS[i], 1955 + i, Organization.BASIJ, "سرتیپ دوم");
        }

        List<Impersonation.Group> groups = find();

        assertThat(groups).singleElement().satisfies(group -> {
            assertThat(group.members()).containsExactly(IntStream.range(first, first + 12).toArray());
            assertThat(group.people()).isEqualTo(12);
        });
    }

    @Test
    void namesakesWhoShareAJuniorRankAreNotAClaimedIdentity() {
        commonNameEverywhere();
        for (int i = 0; i < 12; i++) {
            add("Hassan", "Abbasi", FATHERS[i], 1955 + i, Organization.BASIJ, "سرباز");
        }

        assertThat(find()).isEmpty();
    }

    /**
     * A ministry where two in five are women named Zahra and one in 21 is an Ahmadi, paired by
     * chance, beside four services of men (Ahmadis among them too), each person once.
     */
    private void aMinistryOfZahras() {
        Organization[] services = {Organization.IRGC, Organization.ARTESH, Organization.FARAJA, Organization.BASIJ};
        for (Organization organization : services) {
            for (int i = 0; i < 1000; i++) {
                add(invented(i), i % 21 == 0 ? "Ahmadi" : invented(1000 * organization.ordinal() + i) + "zadeh",
                        FATHERS[i % FATHERS.length], 1960 + i % 40, organization, JUNIOR[i % JUNIOR.length]);
            }
        }
        for (int i = 0; i < 1000; i++) {
            add(i % 5 < 2 ? "Zahra" : invented(i) + "eh", i % 21 == 0 ? "Ahmadi" : invented(20_000 + i) + "zadeh",
                    FATHERS[i % FATHERS.length], 1960 + i % 40, Organization.MINISTRY, null);
        }
    }

    @Test
    void aNameCommonAmongOneServicesOwnPeopleIsNotAClaimedIdentity() {
        aMinistryOfZahras();
        PersonRecord zahraAhmadi = records.get(4000); // the ministry's first
        long namesakes = records.stream().filter(r -> r.given().skeleton().equals(zahraAhmadi.given().skeleton())
                && r.family().skeleton().equals(zahraAhmadi.family().skeleton())).count();
        assertThat(namesakes).as("Zahra Ahmadis, all in the ministry, each another person").isGreaterThan(15);

        assertThat(find()).isEmpty();
    }

    @Test
    void aPileOfClaimantsOfOneOfTheMinistrysOwnNamesIsStillFound() {
        aMinistryOfZahras();
        int first = records.size();
        for (int i = 0; i < 12; i++) {
            add("Zahra", "Tavakoli", FATHERS[i], 1955 + i, Organization.MINISTRY, null);
        }

        assertThat(find()).singleElement().satisfies(group -> assertThat(group.members())
                .containsExactly(IntStream.range(first, first + 12).toArray()));
    }

    @Test
    void claimantsWhoTypeTheWholeNameIntoOneFieldAreClaimantsOfThatName() {
        commonNameEverywhere();
        int first = records.size();
        for (int i = 0; i < 12; i++) {
            boolean oneField = i % 2 == 0;
            add(oneField ? "Hassan Abbasi" : "Hassan", oneField ? null : "Abbasi", FATHERS[i], 1955 + i, Organization.BASIJ, "سرتیپ دوم");
        }

        assertThat(find()).singleElement().satisfies(group -> assertThat(group.members())
                .containsExactly(IntStream.range(first, first + 12).toArray()));
    }

    @Test
    void aFamilyNameWrittenApartFromItsEndingIsNoWholeName() {
        for (int i = 0; i < 1000; i++) {
            add(invented(i), invented(2000 + i) + "zadeh", null, 1960 + i % 40, Organization.IRGC, null);
        }
        for (int i = 0; i < 4; i++) {
            add(null, "Vali Pour", FATHERS[i], 1970 + i, Organization.IRGC, null); // four Valipours, no given name
        }

        assertThat(find()).isEmpty();
    }
}
