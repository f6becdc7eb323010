package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;

class IncrementalLinkerTest {

    private static final String[] GIVEN = {"Ali", "Reza", "Mehdi", "Hassan", "Amir", "Saeed", "Majid", "Javad"};
    private static final String[] FAMILY = {"Ahmadi", "Karimi", "Jafari", "Salehi", "Moradi", "Akbari", "Nouri", "Heidari"};
    private static final String[] FATHERS = {"Hassan", "Mahmoud", "Karim", "Naser", "Yousef", "Ghasem", "Rasoul", "Kazem"};

    private int next;

    private PersonRecord registration(String given, String family, String father, Integer year, Organization organization,
                                      String position) {
        return PersonRecord.of(0, new Registration(Registration.SCHEMA, "r-" + next++, Instant.parse("2026-01-01T00:00:00Z"),
                Channel.WEB, "fa", new Person(given, family, father, year, null, null),
                new Service(organization, null, null, null, position, null, null), List.of(), null, null, Urgency.LOW, List.of()));
    }

    /** Unrelated people, and more namesakes of Ali Hosseini in two services than a block compares. */
    private List<PersonRecord> held() {
        List<PersonRecord> held = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            held.add(registration(GIVEN[i % GIVEN.length], FAMILY[(i / GIVEN.length) % FAMILY.length] + (i / 64), null,
                    1950 + i % 50, Organization.IRGC, null));
        }
        for (int i = 0; i < Blocking.MAX_BLOCK + 50; i++) {
            held.add(registration("Ali", "Hosseini", FATHERS[i % FATHERS.length], 1950 + i % 50,
                    i % 2 == 0 ? Organization.IRGC : Organization.ARTESH, null));
        }
        return held;
    }

    @Test
    void aNameTooCommonToCompareAllWhoGiveItStillMeetsItsOwnServiceAsBatchesArrive() {
        IncrementalLinker linker = new IncrementalLinker(LinkageModel.defaults());
        List<PersonRecord> held = held();
        PersonRecord first = registration("Ali", "Hosseini", null, null, Organization.DIPLOMATIC, "consul");
        held.add(first); // the name and the service, nothing more
        linker.hold(held);

        List<Link> links = linker.add(List.of(registration("علی", "حسینی", null, null, Organization.DIPLOMATIC, "consul")));

        assertThat(links).singleElement().satisfies(link -> assertThat(List.of(link.a(), link.b())).contains(first.id()));
    }

    @Test
    void namesakesOfOtherServicesGainNoLinkFromTheSplit() {
        IncrementalLinker linker = new IncrementalLinker(LinkageModel.defaults());
        List<PersonRecord> held = held();
        held.add(registration("Ali", "Hosseini", null, null, Organization.DIPLOMATIC, "consul"));
        linker.hold(held);

        List<Link> links = linker.add(List.of(registration("Ali", "Hosseini", "Naser", 1975, Organization.IRGC, null),
                registration("Ali", "Hosseini", null, null, Organization.MOIS, "consul")));

        assertThat(links).isEmpty();
    }
}
