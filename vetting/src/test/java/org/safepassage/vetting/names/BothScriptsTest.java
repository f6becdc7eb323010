package org.safepassage.vetting.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BothScriptsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "علی (Ali)|علی", "Ali (علی)|علی", "Karimi / کریمی|کریمی", "کریمی - Karimi|کریمی", "Tehran (تهران)|تهران",
            "علی‌رضا (Alireza)|علی‌رضا", "محمد رضا [Mohammad Reza]|محمد رضا", "Hosseini-Nejad, حسینی نژاد|حسینی نژاد",
            "Seyed علی|علی", "سید (Seyed)|سید"})
    void aNameWrittenInBothScriptsIsItsPersianSpelling(String written, String read) {
        assertThat(BothScripts.persianOf(written)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Ali", "علی", "Abol-فazl", "آقای Ali Karimi", "حاج آقای Ali"})
    void aNameInOneScriptOrNotWrittenTwiceIsLeftAsItIs(String written) {
        // one script; a Latin word with a Persian letter slipped in (a keyboard switched mid-word); a title before a Latin name
        assertThat(BothScripts.persianOf(written)).isEqualTo(written);
    }
}
