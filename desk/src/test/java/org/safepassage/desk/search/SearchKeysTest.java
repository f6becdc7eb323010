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
}
