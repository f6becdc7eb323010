package org.safepassage.vetting.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepassage.vetting.tables.TabSeparated;

/** A rank written any way people write it is one rank: Persian, Latin transliteration, English; grades in any form. */
class RankTableTest {

    private static String rank(String written) {
        Rank rank = RankTable.get().find(written);
        return rank == null ? null : rank.name();
    }

    @Test
    void aGradeAsADigitAnOrdinalOrAPersianWordIsOneGrade() {
        for (String written : new String[] {"گروهبان دوم", "گروهبان ۲", "Goruhban 2", "Goruhban dovvom", "Goruhban dovom",
                "Sergeant second class", "Sergeant 2nd class", "second sergeant"}) {
            assertThat(rank(written)).as(written).isEqualTo("گروهبان دوم");
        }
        for (String written : new String[] {"استوار ۲", "Ostovar 2", "Warrant officer 2nd class"}) {
            assertThat(rank(written)).as(written).isEqualTo("استوار دوم");
        }
        assertThat(rank("Sotvan 3")).isEqualTo("ستوان سوم");
        assertThat(rank("Brigadier General 2nd class")).isEqualTo("سرتیپ دوم");
        assertThat(rank("Goruhban 1")).isEqualTo("گروهبان یکم");
        assertThat(rank("Goruhban Yekom")).isEqualTo("گروهبان یکم");
    }

    @Test
    void aRankRomanisedAnyWayIsTheRankOfItsTableSpelling() {
        for (String written : new String[] {"Gorouhban Sevvom", "Pasdar Gorouhban 3", "Gorohban sevom"}) {
            assertThat(rank(written)).as(written).isEqualTo("گروهبان سوم");
        }
        for (String written : new String[] {"Sarjoukheh", "Sarjukhe", "SARJOOKHE", "Pasdar Sarjoukheh"}) {
            assertThat(rank(written)).as(written).isEqualTo("سرجوخه");
        }
        assertThat(rank("Sarvan")).isEqualTo("سروان");
        assertThat(rank("Sarbaz")).isEqualTo("سرباز");
        assertThat(rank("Sarhang")).isEqualTo("سرهنگ تمام");
    }

    @Test
    void englishAbbreviationsOfRanksAreTheirRanks() {
        assertThat(rank("Cpl.")).isEqualTo("سرجوخه");
        assertThat(rank("Pte")).isEqualTo("سرباز");
        assertThat(rank("WO2")).isEqualTo("استوار دوم");
        assertThat(rank("WO1")).isEqualTo("استوار یکم");
        assertThat(rank("2Lt")).isEqualTo("ستوان دوم");
        assertThat(rank("2nd Lt.")).isEqualTo("ستوان دوم");
        assertThat(rank("Lt.")).isEqualTo("ستوان یکم");
        assertThat(rank("Sgt 2nd class")).as("the grade, not the bare Sgt").isEqualTo("گروهبان دوم");
    }

    @Test
    void abbreviationsWrittenAsOneWordOrAsArmyCodesAreTheirRanks() {
        for (String written : new String[] {"LtCol", "LTC", "Lt-Col", "Lt. Col."}) {
            assertThat(rank(written)).as(written).isEqualTo("سرهنگ دوم");
        }
        assertThat(rank("BrigGen")).isEqualTo("سرتیپ");
        assertThat(rank("BG")).isEqualTo("سرتیپ");
        assertThat(rank("BrigGen 2")).isEqualTo("سرتیپ دوم");
        assertThat(rank("MajGen")).isEqualTo("سرلشکر");
        assertThat(rank("MG")).isEqualTo("سرلشکر");
        assertThat(rank("LtGen")).isEqualTo("سپهبد");
        assertThat(rank("LTG")).isEqualTo("سپهبد");
        assertThat(rank("Col.")).as("the other ranks as they were").isEqualTo("سرهنگ تمام");
        assertThat(rank("Lt")).isEqualTo("ستوان یکم");
        assertThat(rank("Maj. Gen.")).isEqualTo("سرلشکر");
    }

    @Test
    void anEnglishRankWithItsGradeAsABareNumberIsThatGrade() {
        assertThat(rank("Warrant Officer 2")).isEqualTo("استوار دوم");
        assertThat(rank("Sergeant 3")).isEqualTo("گروهبان سوم");
        assertThat(rank("Brig. Gen. 2")).isEqualTo("سرتیپ دوم");
        assertThat(rank("Warrant Officer")).as("without a grade, the rank as the table has it").isEqualTo("استوار یکم");
        assertThat(rank("Sergeant")).isEqualTo("گروهبان یکم");
    }

    @Test
    void everyNameOfEveryRankIsThatRankStill() {
        // comparing Latin words by their skeletons must not make two ranks of the table one
        for (String[] row : TabSeparated.rows(PhraseTable.class, "ranks.tsv")) {
            String[] names = row[row.length - 1].split("\\|");
            for (String name : names) {
                assertThat(rank(name)).as(name).isEqualTo(names[0]);
            }
        }
    }

    @Test
    void aRankWithoutAGradeAndRanksWithoutGradesStayAsTheyWere() {
        assertThat(rank("Sarhang")).isEqualTo("سرهنگ تمام");
        assertThat(rank("سرهنگ دوم")).isEqualTo("سرهنگ دوم");
        assertThat(rank("Lieutenant colonel")).isEqualTo("سرهنگ دوم");
        assertThat(rank("Major")).isEqualTo("سرگرد");
        assertThat(rank("Sarhang, brigade 2")).as("a number elsewhere is not the grade").isEqualTo("سرهنگ تمام");
        assertThat(rank("the second rank of nothing")).isNull();
    }
}
