package org.safepassage.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Persian text that a tool mis-decoded once, read back; every other text as it was. */
class MojibakeTest {

    /** What a tool that takes UTF-8 for Windows-1252 (or Latin-1, for the bytes Windows-1252 has no character for) shows. */
    private static String misdecoded(String text) {
        StringBuilder shown = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String asWindows1252 = new String(new byte[] {b}, Charset.forName("windows-1252"));
            shown.append(asWindows1252.equals("\uFFFD") ? (char) (b & 0xFF) : asWindows1252.charAt(0));
        }
        return shown.toString();
    }

    @Test
    void persianMisdecodedOnceIsReadBack() {
        for (String persian : new String[] {"رضا", "علی\u200cاصغر محمدی\u200cنژاد", "سپاه پاسداران", "۰۹۴۱۲۳۴۵۶۷", "کریمی (Karimi)",
                "گیلان، رشت", "ژیلا"}) {
            String shown = misdecoded(persian);
            assertThat(shown).as("the test's own misdecoding changed %s", persian).isNotEqualTo(persian);
            assertThat(Mojibake.repaired(shown)).as(shown).isEqualTo(persian);
        }
        assertThat(misdecoded("رضا")).isEqualTo("Ø±Ø¶Ø§");
    }

    @Test
    void everyOtherTextComesBackAsItWas() {
        for (String text : new String[] {"Reza Karimi", "José Müller", "Øyvind Ødegård", "ÙNICO", "رضا", "Ø±Ø¶Ø§ رضا", "Ø", "Ø ±",
                "Ã©tÃ©", "", "Û±Û³Û´Û°\u0100"}) {
            assertThat(Mojibake.repaired(text)).as(text).isEqualTo(text);
        }
        assertThat(Mojibake.repaired(misdecoded("café"))).as("Latin text mis-decoded is no Persian: left to the reader")
                .isEqualTo(misdecoded("café"));
        assertThat(Mojibake.repaired(null)).isNull();
    }
}
