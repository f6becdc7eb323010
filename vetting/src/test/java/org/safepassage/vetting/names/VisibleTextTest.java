package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;

class VisibleTextTest {

    @Test
    void marksThatShowNothingAreLeftOutOfAField() {
        assertThat(VisibleText.field("\u200FSeyed Ali")).isEqualTo("Seyed Ali"); // a right-to-left mark copied from a phone
        assertThat(VisibleText.field("Moh\u200Bammad\u00AD")).isEqualTo("Mohammad"); // zero-width space, soft hyphen
        assertThat(VisibleText.field("\uFEFFKarimi\u200E")).isEqualTo("Karimi"); // byte-order mark, left-to-right mark
        assertThat(VisibleText.field("\u202Bرضایی\u202C")).isEqualTo("رضایی"); // an embedding and its end
    }

    @Test
    void tatweelAndShortVowelMarksAreLeftOutButPersianJoinersStay() {
        assertThat(VisibleText.field("محـــمد")).isEqualTo("محمد");
        assertThat(VisibleText.field("سیِّد")).isEqualTo("سید");
        assertThat(VisibleText.field("علی‌اصغر")).isEqualTo("علی\u200Cاصغر");
    }

    @Test
    void everyKindOfSpaceIsOneSpaceAndNoneAtTheEnds() {
        assertThat(VisibleText.field("  Seyed\u00A0\u00A0Ali\u2009 ")).isEqualTo("Seyed Ali");
        assertThat(VisibleText.field("Sarhang\tDovvom")).isEqualTo("Sarhang Dovvom");
    }

    @Test
    void aFieldOfNothingVisibleIsAbsent() {
        assertThat(VisibleText.field("\u200F\u200B ")).isNull();
        assertThat(VisibleText.field(null)).isNull();
    }

    @Test
    void freeTextKeepsItsLinesAndAPlainFieldIsTheSameString() {
        assertThat(VisibleText.text("خط اول\u200F\nخط\u00A0دوم")).isEqualTo("خط اول\nخط دوم");
        String plain = "Ali Karimi";
        assertThat(VisibleText.field(plain)).isSameAs(plain);
    }

    @Test
    void aRegistrationIsReadAsItShowsAndOneWithNothingToLeaveOutIsKeptAsItIs() {
        Registration messy = registration(new Person("\u200FSeyed\u00A0Ali", "Kari\u200Bmi", "حـسین", 1980, null, "0012345679"),
                "Sarhang  Dovvom", "چیزی\u200E که می‌دانم");
        Registration read = VisibleText.of(messy);

        assertThat(read.person()).isEqualTo(new Person("Seyed Ali", "Karimi", "حسین", 1980, null, "0012345679"));
        assertThat(read.service().rank()).isEqualTo("Sarhang Dovvom");
        assertThat(read.service().organization()).isEqualTo(Organization.IRGC);
        assertThat(read.narrative()).isEqualTo("چیزی که می‌دانم");
        assertThat(VisibleText.of(read)).isSameAs(read);
    }

    private static Registration registration(Person person, String rank, String narrative) {
        return new Registration(Registration.SCHEMA, "r-1", Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", person,
                new Service(Organization.IRGC, null, null, rank, null, null, null), List.of(), null, narrative, Urgency.LOW,
                List.of());
    }
}
