package org.safepassage.vetting.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchesTest {

    private static String branch(String text) {
        return Branches.get().find(text);
    }

    @Test
    void aBranchIsFoundInPersianLatinLettersAndEnglishWithOrWithoutTheOrganisationsName() {
        assertThat(branch("IRGC Ground Force")).isEqualTo("ground force")
                .isEqualTo(branch("نیروی زمینی سپاه"))
                .isEqualTo(branch("Niru-ye Zamini"))
                .isEqualTo(branch("NEZAJA"))
                .isEqualTo(branch("نزاجا"));
        assertThat(branch("Quds Force")).isEqualTo("quds force").isEqualTo(branch("نیروی قدس")).isEqualTo(branch("Sepah-e Qods"));
        assertThat(branch("پلیس راهور")).isEqualTo("traffic police").isEqualTo(branch("Rahvar Police")).isEqualTo(branch("Traffic"));
        assertThat(branch("دادگاه انقلاب")).isEqualTo("revolutionary court").isEqualTo(branch("Revolutionary Court"));
        assertThat(branch("وزارت کشور")).isEqualTo("interior").isEqualTo(branch("Ministry of Interior"));
        assertThat(branch("وزارت امور اقتصادی و دارایی")).as("the ministry's official name, its adjective form")
                .isEqualTo("economy").isEqualTo(branch("وزارت اقتصاد")).isEqualTo(branch("Ministry of Economic Affairs and Finance"));
        assertThat(branch("Niruye Daryaee")).isEqualTo("navy").isEqualTo(branch("Niru-ye Daryayi"));
        assertThat(branch("Havafaza")).isEqualTo("aerospace force").isEqualTo(branch("نیروی هوافضای سپاه"));
    }

    @Test
    void theLongestNameATextHoldsWins() {
        assertThat(branch("پدافند هوایی ارتش")).isEqualTo("air defence");
        assertThat(branch("نیروی هوایی ارتش")).isEqualTo("air force");
        assertThat(branch("Air Defense Force")).isEqualTo("air defence");
        assertThat(branch("Air Force")).isEqualTo("air force");
    }

    @Test
    void aTextThatNamesNoBranchIsNotGuessed() {
        assertThat(branch("IRGC")).isNull();
        assertThat(branch("نیروی")).isNull();
        assertThat(branch("the third department")).isNull();
        assertThat(branch(null)).isNull();
        assertThat(branch(" ")).isNull();
    }
}
