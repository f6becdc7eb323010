package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedNameTest {

    @Test
    void theWholeNameInTheGivenNameFieldIsReadWithoutTheFamilyNameRepeated() {
        assertThat(RepeatedName.without("Ali Karimi", "Karimi")).isEqualTo("Ali");
        assertThat(RepeatedName.without("Mohammad Reza KARIMI", "Karimi")).isEqualTo("Mohammad Reza");
        assertThat(RepeatedName.without("علی کریمی", "كريمي")).as("Arabic letter forms are the same name").isEqualTo("علی");
        assertThat(RepeatedName.without("Ali Mousavi Tabrizi", "Mousavi Tabrizi")).isEqualTo("Ali");
        assertThat(RepeatedName.without("Karimi Ali", "Karimi")).as("the family name first").isEqualTo("Ali");
        assertThat(RepeatedName.without("آزاده بهارنژاد", "بهارنژاد")).as("Azadeh is a given name, not the ending زاده")
                .isEqualTo("آزاده");
    }

    @Test
    void aFamilyNameMadeOfAGivenNameWrittenApartInTheGivenNamesFieldIsNoRepeat() {
        assertThat(RepeatedName.without("علی زاده", "علی")).isEqualTo("علی زاده");
        assertThat(RepeatedName.without("Hasan Zade", "Hasan")).isEqualTo("Hasan Zade");
        assertThat(RepeatedName.without("Ali Nejad", "Ali")).isEqualTo("Ali Nejad");
        assertThat(RepeatedName.without("صادق خانی", "صادق")).isEqualTo("صادق خانی");
    }

    @Test
    void anotherNameOrNoMoreWordsThanTheOtherFieldStaysAsItIs() {
        assertThat(RepeatedName.without("Ali Karimi", "Karimian")).isEqualTo("Ali Karimi");
        assertThat(RepeatedName.without("Karimi", "Karimi")).isEqualTo("Karimi");
        assertThat(RepeatedName.without("Ali Reza", "Mohammad Reza")).isEqualTo("Ali Reza");
        assertThat(RepeatedName.without("Ali Karimi", null)).isEqualTo("Ali Karimi");
        assertThat(RepeatedName.without("Ali Karimi", "کریمی")).as("another script: not read as a repeat").isEqualTo("Ali Karimi");
    }
}
