package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvincesTest {

    @Test
    void aBirthPlaceNamesAProvinceOnlyByTheProvincesOwnNames() {
        assertThat(Provinces.named("Khuzestan")).isEqualTo("خوزستان").isEqualTo(Provinces.named("استان خوزستان"));
        assertThat(Provinces.named("Gilan Province")).isEqualTo("گیلان");
        assertThat(Provinces.named("Mashhad")).as("a city is no province's name").isNull();
        assertThat(Provinces.named("Tihran")).as("a slip is read as the city's first").isNull();
        assertThat(Provinces.named("شبراز")).as("Shiraz misspelt, not Alborz").isNull();
        assertThat(Provinces.named(null)).isNull();
        assertThat(Provinces.ofCity("اهواز")).isEqualTo("خوزستان");
        assertThat(Provinces.ofCity("Springfield")).isNull();
    }

    @Test
    void aProvinceIsFoundInEveryScriptAndFormItIsWrittenIn() {
        assertThat(Provinces.find("Khorasan-e Razavi")).isEqualTo("خراسان رضوی")
                .isEqualTo(Provinces.find("Razavi Khorasan Province"))
                .isEqualTo(Provinces.find("استان خراسان رضوی"))
                .isEqualTo(Provinces.find("خراسان‌رضوی"))
                .isEqualTo(Provinces.find("KHORASAN RAZAVI"));
        assertThat(Provinces.find("Sistan and Baluchestan")).isEqualTo("سیستان و بلوچستان")
                .isEqualTo(Provinces.find("Sistan va Baluchestan"))
                .isEqualTo(Provinces.find("سیستان‌وبلوچستان"))
                .isEqualTo(Provinces.find("سیستان و بلوچستان"));
        assertThat(Provinces.find("East Azerbaijan")).isEqualTo("آذربایجان شرقی")
                .isEqualTo(Provinces.find("Azarbayjan-e Sharghi"))
                .isEqualTo(Provinces.find("آذربایجان شرقی"));
        assertThat(Provinces.find("Chaharmahal-o-Bakhtiari")).isEqualTo("چهارمحال و بختیاری")
                .isEqualTo(Provinces.find("Chaharmahal and Bakhtiari"));
        assertThat(Provinces.find("Kohgiluyeh and Boyer-Ahmad")).isEqualTo("کهگیلویه و بویراحمد")
                .isEqualTo(Provinces.find("کهگیلویه و بویر احمد"));
        assertThat(Provinces.find("Ghom")).isEqualTo(Provinces.find("قم")).isEqualTo("قم");
    }

    @Test
    void everyProvinceOfTheTableIsFoundByItsOwnNames() {
        for (String province : Provinces.all()) {
            assertThat(Provinces.find(province)).as(province).isEqualTo(province);
            assertThat(Provinces.find(Provinces.englishName(province))).as(Provinces.englishName(province)).isEqualTo(province);
            assertThat(Provinces.find("استان " + province)).isEqualTo(province);
        }
        assertThat(Provinces.all()).hasSize(31);
    }

    @Test
    void eastAndWestNorthAndSouthStayApart() {
        assertThat(Provinces.find("West Azerbaijan")).isEqualTo("آذربایجان غربی").isNotEqualTo(Provinces.find("East Azerbaijan"));
        assertThat(Provinces.find("North Khorasan")).isNotEqualTo(Provinces.find("South Khorasan"))
                .isNotEqualTo(Provinces.find("Razavi Khorasan"));
        assertThat(Provinces.find("Kerman")).isNotEqualTo(Provinces.find("Kermanshah"));
    }

    @Test
    void aCityWrittenForItsProvinceIsThatProvince() {
        assertThat(Provinces.find("Mashhad")).isEqualTo("خراسان رضوی");
        assertThat(Provinces.find("شیراز")).isEqualTo("فارس");
        assertThat(Provinces.find("Karaj")).isEqualTo("البرز");
        assertThat(Provinces.find("Ahwaz")).isEqualTo("خوزستان");
        assertThat(Provinces.find("Tehran")).isEqualTo("تهران");
    }

    @Test
    void aSlipFromOneProvinceIsThatProvinceButNothingElseIsGuessed() {
        assertThat(Provinces.find("Tehrsn")).isEqualTo("تهران");
        assertThat(Provinces.find("Mazandran")).isEqualTo("مازندران");
        assertThat(Provinces.find("Fars Provicne")).as("a slip in the word for province").isEqualTo("فارس");
        assertThat(Provinces.find("استن قزوین")).isEqualTo("قزوین");
        assertThat(Provinces.find("Springfield")).isNull();
        assertThat(Provinces.find("Khorasan")).as("the old province, now three").isNull();
        assertThat(Provinces.find("خراسان")).isNull();
        assertThat(Provinces.find("")).isNull();
        assertThat(Provinces.find(null)).isNull();
        assertThat(Provinces.find("استان")).as("the word for province alone").isNull();
    }
}
