package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BirthPlacesTest {

    @Test
    void aCountryOrProvinceWrittenWithThePlaceIsLeftOut() {
        assertThat(BirthPlaces.place("Tehran, Iran")).isEqualTo("Tehran");
        assertThat(BirthPlaces.place("شیراز، فارس")).isEqualTo("شیراز");
        assertThat(BirthPlaces.place("Tabriz (East Azerbaijan)")).isEqualTo("Tabriz");
        assertThat(BirthPlaces.place("Iran - Mashhad")).isEqualTo("Mashhad");
        assertThat(BirthPlaces.place("Fars / Shiraz / Iran")).as("the part the gazetteer knows as a city").isEqualTo("Shiraz");
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowIsThePartThatIsNeitherCountryNorProvince() {
        assertThat(BirthPlaces.place("Kalateh Now, Razavi Khorasan, Iran")).isEqualTo("Kalateh Now");
        assertThat(BirthPlaces.place("روستای دهنو، ایران")).isEqualTo("دهنو");
        assertThat(BirthPlaces.place("Tehrsn, Iran")).as("a city misspelt one slip from a province's name is no province")
                .isEqualTo("Tehrsn");
    }

    @Test
    void wordsThatSayWhatKindOfPlaceItIsAreLeftOut() {
        assertThat(BirthPlaces.place("شهرستان دزفول")).isEqualTo("دزفول");
        assertThat(BirthPlaces.place("روستای قلعه نو")).isEqualTo("قلعه نو");
        assertThat(BirthPlaces.place("Dezful County")).isEqualTo("Dezful");
        assertThat(BirthPlaces.place("village of Qaleh No")).isEqualTo("Qaleh No");
        assertThat(BirthPlaces.place("Mashhad city")).isEqualTo("Mashhad");
        assertThat(BirthPlaces.place("City of Mashhad, Iran")).isEqualTo("Mashhad");
        assertThat(BirthPlaces.place("شهر مشهد")).as("city before a place the gazetteer knows").isEqualTo("مشهد");
        assertThat(BirthPlaces.place("شهر بابک")).as("Shahr-e Babak: city is the first word of its name").isEqualTo("شهر بابک");
        assertThat(BirthPlaces.place("شهر کرد")).isEqualTo("شهر کرد");
        assertThat(BirthPlaces.place("روستا")).as("nothing would remain").isEqualTo("روستا");
    }

    @Test
    void aPlaceWrittenAloneOrWithAHyphenInItsNameStaysAsItIs() {
        assertThat(BirthPlaces.place("Shahr-e Kord")).isEqualTo("Shahr-e Kord");
        assertThat(BirthPlaces.place("بندر عباس")).isEqualTo("بندر عباس");
        assertThat(BirthPlaces.place("Iran, Fars")).as("nothing but a country and a province").isEqualTo("Iran, Fars");
        assertThat(BirthPlaces.place(null)).isNull();
    }

    @Test
    void aRegistrationsBirthPlaceWithItsCountryIsTheSameCity() {
        assertThat(Places.find(PersianNames.key(BirthPlaces.place("Esfahan, Iran")))).isEqualTo(Places.find(PersianNames.key("اصفهان")))
                .isNotNull();
    }
}
