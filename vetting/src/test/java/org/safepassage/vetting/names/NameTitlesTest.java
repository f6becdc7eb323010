package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTitlesTest {

    @Test
    void aLeadingTitleIsLeftOutWhenANameRemains() {
        assertThat(NameTitles.strip("سید علی")).isEqualTo("علی");
        assertThat(NameTitles.strip("سید\u200cعلی")).isEqualTo("علی");
        assertThat(NameTitles.strip("Seyyed Ali")).isEqualTo("Ali");
        assertThat(NameTitles.strip("Haj Seyed Mahmoud")).isEqualTo("Mahmoud");
        assertThat(NameTitles.strip("Mir Hossein")).isEqualTo("Hossein");
        assertThat(NameTitles.strip("Seyed-Ali")).as("joined by a dash alone").isEqualTo("Ali");
        assertThat(NameTitles.strip(" Ali ")).as("one word, spaces round it").isEqualTo("Ali");
        assertThat(PersianNames.key(NameTitles.strip("سید محمد")).skeleton())
                .isEqualTo(PersianNames.key(NameTitles.strip("Mohammad")).skeleton());
    }

    @Test
    void theClergysRanksAreTitlesInEitherScriptJoinedOrApart() {
        assertThat(NameTitles.strip("حجت‌الاسلام حمید رضا")).isEqualTo("حمید رضا");
        assertThat(NameTitles.strip("حجت الاسلام حمید")).isEqualTo("حمید");
        assertThat(NameTitles.strip("آیت‌الله سید محمود")).isEqualTo("محمود");
        assertThat(NameTitles.strip("Hojjat-ol-Eslam Hamid")).isEqualTo("Hamid");
        assertThat(NameTitles.strip("Hojatoleslam Hamid")).isEqualTo("Hamid");
        assertThat(NameTitles.strip("Ayatollah Ali")).isEqualTo("Ali");
        assertThat(NameTitles.strip("حجت")).isEqualTo("حجت"); // a given name of its own (Hojjat), not a title
        assertThat(NameTitles.strip("حجت الله")).isEqualTo("حجت الله");
    }

    @Test
    void theLateAndAPilgrimsTitleBeforeAFathersNameAreTitles() {
        assertThat(NameTitles.strip("مرحوم حسن")).isEqualTo("حسن");
        assertThat(NameTitles.strip("Marhoum Hassan")).isEqualTo("Hassan");
        assertThat(NameTitles.strip("the late Hassan")).isEqualTo("Hassan");
        assertThat(NameTitles.strip("کربلایی حسن")).isEqualTo("حسن");
        assertThat(NameTitles.strip("Mashhadi Hassan")).isEqualTo("Hassan");
        assertThat(NameTitles.strip("مرحوم حاج حسن")).as("titles in a row").isEqualTo("حسن");
        assertThat(NameTitles.strip("Mr. Hassan")).isEqualTo("Hassan");
        assertThat(NameTitles.strip("سردار علی")).isEqualTo("علی");
    }

    @Test
    void aWomansCourtesyTitleIsATitleAsMrIs() {
        assertThat(NameTitles.strip("خانم زهرا")).isEqualTo("زهرا");
        assertThat(NameTitles.strip("بانو مریم")).isEqualTo("مریم");
        assertThat(NameTitles.strip("Mrs Zahra")).isEqualTo("Zahra");
        assertThat(NameTitles.strip("Ms. Zahra")).isEqualTo("Zahra");
        assertThat(NameTitles.strip("Miss Maryam")).isEqualTo("Maryam");
        assertThat(NameTitles.strip("Khanom Zahra")).isEqualTo("Zahra");
        assertThat(NameTitles.strip("Missagh")).as("a name that only starts like a title").isEqualTo("Missagh");
    }

    @Test
    void aTitleAfterTheNameIsLeftOutWhenANameRemains() {
        assertThat(NameTitles.strip("فاطمه سادات")).isEqualTo("فاطمه");
        assertThat(NameTitles.strip("فاطمه‌سادات")).isEqualTo("فاطمه");
        assertThat(NameTitles.strip("Fatemeh Sadat")).isEqualTo("Fatemeh");
        assertThat(NameTitles.strip("Seyedeh Zahra Sadat")).isEqualTo("Zahra");
        assertThat(NameTitles.strip("Zahra Khanom")).isEqualTo("Zahra");
        assertThat(NameTitles.strip("علی آقا")).isEqualTo("علی");
        assertThat(NameTitles.strip("صغری بیگم")).isEqualTo("صغری");
        for (String beygom : new String[] {"Begom", "Begum", "Beygom", "Bigom"}) {
            assertThat(NameTitles.strip("Soghra " + beygom)).as(beygom).isEqualTo("Soghra");
        }
        assertThat(NameTitles.strip("Sadat")).as("nothing would remain").isEqualTo("Sadat");
        assertThat(NameTitles.strip("Aghasadat")).as("joined: another spelling").isEqualTo("Aghasadat");
        assertThat(NameTitles.strip("Mohammad Aghaei")).as("a word that only starts like a title").isEqualTo("Mohammad Aghaei");
    }

    @Test
    void aTitleJoinedToTheNameOrStandingAloneStays() {
        assertThat(NameTitles.strip("Mirhossein")).isEqualTo("Mirhossein");
        assertThat(NameTitles.strip("سیدعلی")).isEqualTo("سیدعلی");
        assertThat(NameTitles.strip("Seyed")).isEqualTo("Seyed");
        assertThat(NameTitles.strip("Saeed Reza")).isEqualTo("Saeed Reza");
        assertThat(NameTitles.strip(null)).isNull();
    }

    @Test
    void aGivenNameWithItsTitleInTheFamilyNamesPlaceLosesTheTitleButAFamilyNameOpeningWithMirKeepsIt() {
        assertThat(NameTitles.stripFromFamilyName("Seyyed Reza")).isEqualTo("Reza");
        assertThat(NameTitles.stripFromFamilyName("سید حمید")).isEqualTo("حمید");
        assertThat(NameTitles.stripFromFamilyName("Hojjat-ol-Eslam Hamid")).isEqualTo("Hamid");
        assertThat(NameTitles.stripFromFamilyName("Mir Hosseini")).isEqualTo("Mir Hosseini");
        assertThat(NameTitles.stripFromFamilyName("میر حسینی")).isEqualTo("میر حسینی");
        assertThat(NameTitles.stripFromFamilyName("Sheikh Attar")).isEqualTo("Sheikh Attar");
        assertThat(NameTitles.stripFromFamilyName("Karbalaei Hosseini")).isEqualTo("Karbalaei Hosseini");
        assertThat(NameTitles.stripFromFamilyName("مشهدی رستمی")).isEqualTo("مشهدی رستمی");
        assertThat(NameTitles.stripFromFamilyName("Mousavi")).isEqualTo("Mousavi");
        assertThat(NameTitles.stripFromFamilyName(" Mousavi ")).isEqualTo("Mousavi");
        assertThat(NameTitles.stripFromFamilyName("Seyed-Reza")).as("joined by a dash alone").isEqualTo("Reza");
        assertThat(NameTitles.stripFromFamilyName("Mir")).isEqualTo("Mir");
        assertThat(NameTitles.stripFromFamilyName(null)).isNull();
    }
}
