package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A whole name typed into one field of a form is read as given and family name; anything else has no such reading. */
class FullNameInOneFieldTest {

    @Test
    void theLastWordIsTheFamilyNameAndAfterACommaTheGivenName() {
        assertThat(FullNameInOneField.read("Ali Karimi", null)).isEqualTo(new FullNameInOneField.Reading("Ali", "Karimi"));
        assertThat(FullNameInOneField.read(" ", "Mohammad Reza Karimi"))
                .isEqualTo(new FullNameInOneField.Reading("Mohammad Reza", "Karimi"));
        assertThat(FullNameInOneField.read("Karimi, Ali", "")).isEqualTo(new FullNameInOneField.Reading("Ali", "Karimi"));
        assertThat(FullNameInOneField.read("کریمی، علی", null)).isEqualTo(new FullNameInOneField.Reading("علی", "کریمی"));
        assertThat(FullNameInOneField.read("علی کریمی", null)).isEqualTo(new FullNameInOneField.Reading("علی", "کریمی"));
    }

    @Test
    void withoutACommaTheNameCanAlsoBeReadFamilyNameFirst() {
        assertThat(FullNameInOneField.readFamilyFirst("Karimi Ali", null)).isEqualTo(new FullNameInOneField.Reading("Ali", "Karimi"));
        assertThat(FullNameInOneField.readFamilyFirst("", "کریمی محمد رضا"))
                .isEqualTo(new FullNameInOneField.Reading("محمد رضا", "کریمی"));
        assertThat(FullNameInOneField.readFamilyFirst("Karimi, Ali", null)).as("a comma says which is which").isNull();
        assertThat(FullNameInOneField.readFamilyFirst("کریمی، علی", null)).isNull();
        assertThat(FullNameInOneField.readFamilyFirst("Ali", "Karimi")).isNull();
        assertThat(FullNameInOneField.readFamilyFirst("Ali", null)).isNull();
        assertThat(FullNameInOneField.readFamilyFirst(null, null)).isNull();
    }

    @Test
    void bothFieldsNeitherFieldOrOneWordHaveNoReading() {
        assertThat(FullNameInOneField.read("Ali", "Karimi")).isNull();
        assertThat(FullNameInOneField.read(null, "")).isNull();
        assertThat(FullNameInOneField.read("Ali", null)).isNull();
        assertThat(FullNameInOneField.read("غلام\u200Cحسین", null)).as("joined by a non-joiner: one word").isNull();
        assertThat(FullNameInOneField.read("Karimi,", null)).isNull();
    }

    @Test
    void aFamilyNameWrittenApartFromItsEndingIsTwoWordsOfTheName() {
        assertThat(FullNameInOneField.read("ابوالفضل محمدی نژاد", null)).isEqualTo(new FullNameInOneField.Reading("ابوالفضل", "محمدی نژاد"));
        assertThat(FullNameInOneField.read("Hadi Karim Khani", "")).isEqualTo(new FullNameInOneField.Reading("Hadi", "Karim Khani"));
        assertThat(FullNameInOneField.readFamilyFirst("قلی زاده جمشید", null)).isEqualTo(new FullNameInOneField.Reading("جمشید", "قلی زاده"));
        assertThat(FullNameInOneField.read(null, "ولی پور")).as("a family name alone, written apart").isNull();
        assertThat(FullNameInOneField.readFamilyFirst("Ali Zadeh", "")).isNull();
        assertThat(FullNameInOneField.read("Mohammad Reza Karimi", null)).isEqualTo(new FullNameInOneField.Reading("Mohammad Reza", "Karimi"));
    }
}
