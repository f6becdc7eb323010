package org.safepassage.vetting.link.compare;

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
import org.safepassage.vetting.link.FieldFrequencies;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.names.PersianNames;

/**
 * The level two spellings of a name reach, as the linkage model names them: what a name's
 * comparison weighs and what the fathers veto reads rest on it.
 */
class NameSpellingsTest {

    /** Records whose given names make Mohammad and Reza names of their own, as a compound's parts must be. */
    private static NameSpellings spellings() {
        List<PersonRecord> records = new ArrayList<>();
        for (String given : List.of("Mohammad", "Reza")) {
            for (int i = 0; i < CompoundNames.KNOWN; i++) {
                records.add(PersonRecord.of(records.size(), new Registration(Registration.SCHEMA, "r-" + records.size(),
                        Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "en", new Person(given, "Synthetic", null, null, null, null),
                        new Service(Organization.IRGC, null, null, null, null, null, null), List.of(), null, null, Urgency.LOW,
                        List.of())));
            }
        }
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        return new NameSpellings(frequencies);
    }

    private static String level(NameSpellings spellings, String x, String y) {
        return spellings.level(PersianNames.key(x), PersianNames.key(y));
    }

    @Test
    void eachPairOfSpellingsReachesTheLevelItsDifferenceIsWorth() {
        NameSpellings spellings = spellings();

        assertThat(level(spellings, "Mohammad", "محمد")).as("one name in two scripts").isEqualTo(Levels.EXACT);
        assertThat(level(spellings, "Kazemi", "Kazrmi")).as("a letter mistyped").isEqualTo(Levels.ONE_SLIP);
        assertThat(level(spellings, "Amir", "Emir")).as("a short name's vowel").isEqualTo(Levels.NEAR);
        assertThat(level(spellings, "M.", "Mohammad")).as("an initial").isEqualTo(Levels.INITIAL);
        assertThat(level(spellings, "Reza", "Mohammadreza")).as("a compound's last part").isEqualTo(Levels.PART);
        assertThat(level(spellings, "Rexza", "رضا")).as("short spellings a letter apart").isEqualTo(Levels.SHORT_SLIP);
        assertThat(level(spellings, "Ali", "Hassan")).isEqualTo(Levels.DIFFERS);
        assertThat(spellings.level(PersianNames.key("Ali"), PersianNames.key(""))).as("one missing").isNull();
    }

    @Test
    void theFathersVetoReadsShortSpellingsOneSlipApartAsMaybeOneName() {
        NameSpellings spellings = spellings();

        assertThat(spellings.mayBeOne(PersianNames.key("Rea"), PersianNames.key("رضا"))).isTrue();
        assertThat(spellings.mayBeOne(PersianNames.key("امر"), PersianNames.key("امیر"))).isTrue();
        assertThat(spellings.mayBeOne(PersianNames.key("Ali"), PersianNames.key("Hassan"))).isFalse();
        assertThat(spellings.mayBeOne(PersianNames.key("Ali"), PersianNames.key(""))).as("nothing to veto on").isFalse();
    }
}
