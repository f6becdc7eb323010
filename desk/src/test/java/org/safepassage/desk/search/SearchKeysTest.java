package org.safepassage.desk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.RegistrationParser;

class SearchKeysTest {

    private static List<SearchKeys.Key> keysOf(String person) {
        return SearchKeys.of(RegistrationParser.parse("{\"schema\":\"safepassage.registration/1\",\"id\":\"r-1\","
                + "\"receivedAt\":\"2026-01-14T09:00:00Z\",\"channel\":\"import\",\"language\":\"fa\",\"person\":" + person
                + ",\"service\":{\"organization\":\"IRGC\"},\"urgency\":\"low\"}"));
    }

    private static List<String> skeletons(List<SearchKeys.Key> keys, SearchKeys.Field field) {
        return keys.stream().filter(key -> key.field() == field).map(SearchKeys.Key::skeleton).toList();
    }

    @Test
    void aNameWrittenInBothScriptsIsFoundByEitherSpelling() {
        List<SearchKeys.Key> keys = keysOf("{\"givenName\":\"علی (Ali)\",\"familyName\":\"Karimi / کریمی\"}");
        assertThat(skeletons(keys, SearchKeys.Field.FAMILY)).containsAll(SearchKeys.skeletonsOf("Karimi"))
                .containsAll(SearchKeys.skeletonsOf("کریمی"));
        assertThat(skeletons(keys, SearchKeys.Field.GIVEN)).containsAll(SearchKeys.skeletonsOf("Ali"));
    }

    @Test
    void aNameWithMarksThatShowNothingIsFoundAsItShows() {
        assertThat(skeletons(keysOf("{\"familyName\":\"\u200Fکریـــمی\u200B\"}"), SearchKeys.Field.FAMILY))
                .containsAll(SearchKeys.skeletonsOf("کریمی"));
    }

    @Test
    void aNameWithAHamzaSeatIsFoundByItsPersianOrItsArabicStyleSpelling() {
        List<String> given = skeletons(keysOf("{\"givenName\":\"فائزه\"}"), SearchKeys.Field.GIVEN);
        assertThat(given).containsAnyElementsOf(SearchKeys.skeletonsOf("Faezeh"))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("Fayezeh"))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("فایزه"));
        assertThat(given).doesNotContainAnyElementsOf(SearchKeys.skeletonsOf("Fariba"));
    }

    @Test
    void aFullNameIsFoundWithEachPartInEitherReading() {
        List<String> full = skeletons(keysOf("{\"givenName\":\"فائزه\",\"familyName\":\"قائمی\"}"), SearchKeys.Field.FULL);
        for (String typed : List.of("Faezeh Ghaemi", "Fayezeh Qaimi", "Fayezeh Ghaemi", "Faezeh Qaimi", "فایزه قایمی")) {
            assertThat(full).as(typed).containsAnyElementsOf(SearchKeys.skeletonsOf(typed));
        }
        List<String> reversed = skeletons(keysOf("{\"givenName\":\"فائزه\",\"familyName\":\"قائمی\"}"), SearchKeys.Field.REVERSED);
        assertThat(reversed).containsAnyElementsOf(SearchKeys.skeletonsOf("Qaimi Fayezeh"));
        assertThat(full).doesNotContainAnyElementsOf(SearchKeys.skeletonsOf("Fariba Qaimi"))
                .doesNotContainAnyElementsOf(SearchKeys.skeletonsOf("Fayezeh Qasemi"));
    }

    @Test
    void aCompoundGivenNameIsFoundWhereverTheTypedNameIsCut() {
        List<String> full = skeletons(keysOf("{\"givenName\":\"علی‌اصغر\",\"familyName\":\"کریمی\"}"), SearchKeys.Field.FULL);
        assertThat(full).containsAnyElementsOf(SearchKeys.skeletonsOf("Ali Asghar Karimi"))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("Aliasghar Karimi"))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("علی اصغر کریمی"));
        assertThat(full).doesNotContainAnyElementsOf(SearchKeys.skeletonsOf("Ali Karimi"));
    }

    @Test
    void aLatinGIsReadAsTheQPersianWritesOnEitherSide() {
        assertThat(skeletons(keysOf("{\"familyName\":\"قاسمی\"}"), SearchKeys.Field.FAMILY))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("Gasemi"));
        assertThat(skeletons(keysOf("{\"givenName\":\"Sadeg\"}"), SearchKeys.Field.GIVEN))
                .containsAnyElementsOf(SearchKeys.skeletonsOf("صادق"));
        assertThat(skeletons(keysOf("{\"familyName\":\"گلستانی\"}"), SearchKeys.Field.FAMILY))
                .as("Persian keeps گ apart from ق").doesNotContainAnyElementsOf(SearchKeys.skeletonsOf("قلستانی"));
    }
}
