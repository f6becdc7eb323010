package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacesTest {

    private static String city(String name) {
        return Places.find(PersianNames.key(name));
    }

    @Test
    void aCityIsFoundUnderEveryNameItGoesBy() {
        assertThat(city("Urmia")).isEqualTo("ارومیه");
        assertThat(city("Orumiyeh")).isEqualTo("ارومیه");
        assertThat(city("رضائیه")).isEqualTo("ارومیه"); // its former name, still used
        assertThat(city("Isfahan")).isEqualTo(city("اصفهان")).isEqualTo(city("Esfahan"));
        assertThat(city("Mashad")).isEqualTo(city("MASHHAD")).isEqualTo("مشهد");
        assertThat(city("Ghom")).isEqualTo(city("قم"));
        assertThat(city("بندر عباس")).isEqualTo(city("Bandar-e Abbas"));
    }

    @Test
    void aCityIsFoundUnderTheNameItsOwnPeopleGiveIt() {
        assertThat(city("Sine")).isEqualTo(city("سنه")).isEqualTo(city("Sanandaj")).isNotNull(); // Kurdish
        assertThat(city("Kirmashan")).isEqualTo(city("Kermanshah")).isNotNull();
        assertThat(city("Urmu")).isEqualTo(city("Urmia")).isNotNull(); // Azeri
        assertThat(city("Təbriz")).isEqualTo(city("Tabriz")).isNotNull();
        assertThat(city("الأحواز")).isEqualTo(city("Ahvaz")).isNotNull(); // Arabic
        assertThat(city("Sine")).isNotEqualTo(city("Semnan"));
    }

    @Test
    void aLatinSpellingWithGForQafOrHForKheIsStillTheCity() {
        assertThat(city("Hoy")).isEqualTo(city("خوی")).isNotNull();
        assertThat(city("Gazvin")).isEqualTo(city("قزوین")).isNotNull();
        assertThat(city("Horramabad")).isEqualTo(city("خرم‌آباد")).isNotNull();
        assertThat(city("حوی")).as("a Persian spelling says which letter it is").isNull();
    }

    @Test
    void aCityWithAHamzaSeatIsFoundWhetherTheSeatIsReadAsAVowelOrAsYeh() {
        String city = city("قائم‌شهر");
        assertThat(city).isNotNull();
        assertThat(city("Qaem Shahr")).isEqualTo(city("Ghaemshahr")).isEqualTo(city);
        assertThat(city("Qaimshahr")).as("Arabic-style: the seat as ی").isEqualTo(city);
        assertThat(city("Gaim Shahr")).as("and g for ق").isEqualTo(city);
        assertThat(city("قایم‌شهر")).as("as Persian keyboards write the seat").isEqualTo(city);
    }

    @Test
    void twoCitiesStayTwoAndAnUnknownPlaceIsNotGuessed() {
        assertThat(city("Tabriz")).isNotEqualTo(city("Tehran"));
        assertThat(city("Kerman")).isNotEqualTo(city("Kermanshah"));
        assertThat(city("Tehrsn")).isNull(); // a slip: linking compares its spelling, neither for nor against
        assertThat(city("Springfield")).isNull();
        assertThat(Places.find(NameKey.EMPTY)).isNull();
    }

    @Test
    void aSlipFromAnyNameOfACityMayBeThatCityButNotAnother() {
        NameKey typo = PersianNames.key("سلوه"); // ساوه with a neighbouring key
        assertThat(Places.find(typo)).isNull();
        assertThat(Places.oneSlipFrom(typo)).contains(city("Saveh")).doesNotContain(city("Tabriz"));
        assertThat(Places.oneSlipFrom(PersianNames.key("یاسپج"))).containsExactly(city("Yasuj"));
        assertThat(Places.oneSlipFrom(PersianNames.key("Saveh"))).as("a city the gazetteer knows").isEmpty();
        assertThat(Places.oneSlipFrom(PersianNames.key("Springfield"))).isEmpty();
        assertThat(Places.oneSlipFrom(NameKey.EMPTY)).isEmpty();
    }
}
