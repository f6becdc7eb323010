package org.safepassage.vetting.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.campaign.Bursts;
import org.safepassage.vetting.link.Clusters;
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.run.Subject;

/** What detectors running side by side share through the detection. */
class DetectionTest {

    @Test
    void theBurstsAreCountedOnceAndSeenAlikeByEveryDetectionApart() throws Exception {
        List<Subject> subjects = new ArrayList<>();
        Organization[] organizations = {Organization.IRGC, Organization.FARAJA, Organization.ARTESH, Organization.MOIS};
        Instant start = Instant.parse("2026-03-01T09:00:00Z");
        for (int day = 0; day < 20; day++) {
            int volume = day == 12 ? 60 : 0;
            for (int i = 0; i < 40; i++) {
                subjects.add(subject(subjects.size(), start.plus(Duration.ofDays(day)), organizations[i % organizations.length]));
            }
            for (int i = 0; i < volume; i++) {
                subjects.add(subject(subjects.size(), start.plus(Duration.ofDays(day)), Organization.FARAJA));
            }
        }
        List<PersonRecord> records = subjects.stream().map(Subject::record).toList();
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        Clusters alone = new Clusters(IntStream.range(0, subjects.size()).toArray(),
                IntStream.range(0, subjects.size()).mapToObj(i -> new int[] {i}).toList(), Map.of());
        Detection detection = new Detection(subjects, records, frequencies, alone, List.of(), List::of);

        Detection burstSignal = detection.apart();
        Detection floods = detection.apart();
        Bursts.Found[] seen = new Bursts.Found[2];
        Thread first = new Thread(() -> seen[0] = burstSignal.bursts());
        Thread second = new Thread(() -> seen[1] = floods.bursts());
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(seen[0]).isSameAs(seen[1]).isSameAs(detection.bursts());
        assertThat(seen[0].members()).as("FARAJA's day of 70").hasSize(1);
        assertThat(seen[0].members().get(0)).hasSize(70);
        assertThat(IntStream.of(seen[0].members().get(0)).allMatch(m -> seen[0].findings()[m] != null)).isTrue();
    }

    private static Subject subject(int index, Instant receivedAt, Organization organization) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + index), receivedAt, Channel.WEB, "fa",
                new Person("Ali", "Rezaei" + index, null, null, null, null), new Service(organization, null, null, null, null, null, null),
                List.of(), null, null, Urgency.LOW, List.of());
        return Subject.of(index, registration);
    }
}
