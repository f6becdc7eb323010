package org.safepassage.vetting.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.NationalId;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Relation;
import org.safepassage.vetting.assess.Finding;
import org.safepassage.vetting.assess.Signal;

class ConsistencyChecksTest {

    private static Claims claims(Organization organization, String rank, Integer years, String unit, Integer born,
                                 List<FamilyMember> family) {
        return new Claims(organization, rank, years, unit, born, 2026, family, null, false);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"سرتیپ دوم پاسدار,سرتیپ دوم", "Brigadier General,سرتیپ", "سرتیپ,سرتیپ", "Lt. Col.,سرهنگ دوم",
            "حجت‌الاسلام والمسلمین,حجت الاسلام و المسلمین", "Director-General,مدیرکل", "attaché,وابسته", "Major General,سرلشکر"})
    void ranksAreReadInEitherScriptByTheirLongestName(String written, String rank) {
        assertThat(RankTable.get().find(written).name()).isEqualTo(rank);
    }

    @Test
    void aRankIsNotFoundInWordsThatMerelyContainIt() {
        assertThat(RankTable.get().find("General Motors")).isNull();
        assertThat(RankTable.get().find("سرتیپی")).isNull();
    }

    @Test
    void aCareerThatFitsHasNoFinding() {
        List<Finding> findings = ConsistencyChecks.check(claims(Organization.IRGC, "سرهنگ پاسدار", 24, "لشکر ۲۷", 1976,
                List.of(new FamilyMember(Relation.SPOUSE, 1979), new FamilyMember(Relation.CHILD, 2004))));

        assertThat(findings).isEmpty();
    }

    @Test
    void aRankOfAnotherOrganisationIsAFinding() {
        List<Finding> findings = ConsistencyChecks.check(claims(Organization.DIPLOMATIC, "Brigadier general", null, null,
                1970, List.of()));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.signal()).isEqualTo(Signal.RANK_ORGANIZATION);
            assertThat(finding.reason()).contains("not used in DIPLOMATIC");
        });
    }

    @Test
    void aGeneralAtTwentySixAndASergeantAtTwentySixDiffer() {
        List<Finding> general = ConsistencyChecks.check(claims(Organization.ARTESH, "سرلشکر", 4, null, 2000, List.of()));
        List<Finding> sergeant = ConsistencyChecks.check(claims(Organization.ARTESH, "گروهبان یکم", 4, null, 2000, List.of()));
        // one year older than the bound minus the slack: honest noise, no finding
        List<Finding> nearly = ConsistencyChecks.check(claims(Organization.ARTESH, "سرگرد", 9, null, 1998, List.of()));

        assertThat(general).extracting(Finding::signal).containsExactly(Signal.RANK_CAREER);
        assertThat(general.get(0).strength()).isEqualTo(1.0);
        assertThat(sergeant).isEmpty();
        assertThat(nearly).isEmpty();
    }

    @Test
    void aUnitOfAnotherOrganisationAndImpossibleAgesAreFindings() {
        List<Finding> findings = ConsistencyChecks.check(claims(Organization.ARTESH, null, 30, "کلانتری ۱۲ تهران", 1990,
                List.of(new FamilyMember(Relation.CHILD, 1999), new FamilyMember(Relation.CHILD, 2029))));

        assertThat(findings).extracting(Finding::signal)
                .containsExactlyInAnyOrder(Signal.AGE, Signal.UNIT_ORGANIZATION, Signal.FAMILY_AGES);
        assertThat(findings).anySatisfy(f -> assertThat(f.reason()).contains("belongs to FARAJA, not ARTESH"));
    }

    @Test
    void aNationalIdOfOneRepeatedDigitIsAFindingThoughItsCheckDigitHolds() {
        String repeated = "1111111111";
        Claims claims = new Claims(Organization.MOIS, null, null, null, null, 2026, List.of(), repeated,
                NationalId.hasValidCheckDigit(repeated));

        List<Finding> findings = ConsistencyChecks.check(claims);

        assertThat(findings).extracting(Finding::signal).containsExactly(Signal.NATIONAL_ID);
        assertThat(findings.get(0).reason()).contains("one digit repeated");
    }

    @Test
    void aNationalIdWhoseCheckDigitIsWrongSaysSo() {
        for (String id : new String[] {"1234567890", "999"}) {
            Claims claims = new Claims(Organization.MOIS, null, null, null, null, 2026, List.of(), id, NationalId.hasValidCheckDigit(id));

            assertThat(ConsistencyChecks.check(claims)).extracting(Finding::reason).as(id)
                    .containsExactly("national ID check digit wrong (" + id.length() + " digits)");
        }
    }
}
