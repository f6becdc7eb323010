package org.safepassage.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Persian text that passed once through a tool that took its UTF-8 bytes for Windows-1252 or
 * Latin-1 (a web form's database in MySQL's {@code latin1}, a spreadsheet opened in the wrong
 * encoding): رضا arrives as {@code Ø±Ø¶Ø§}. Such text is read back by turning each character into
 * the byte those encodings give it and decoding the bytes as UTF-8, strictly; it is taken only
 * when every character has such a byte, the bytes are UTF-8 and the result holds Arabic-script
 * letters or digits. Any other text, Latin names with accents included (José, Müller, Øyvind),
 * comes back as it was.
 */
public final class Mojibake {

    /** Windows-1252's characters for the bytes 0x80–0x9F, by character: the JDK's table, not ours. */
    private static final Map<Character, Byte> WINDOWS_1252_HIGH = windows1252High();

    private Mojibake() {
    }

    /** The text read back as the UTF-8 it was, when it is Persian mis-decoded once; the text itself otherwise. */
    public static String repaired(String text) {
        if (text == null || !mayBeMisdecodedArabicScript(text)) {
            return text;
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                Byte high = WINDOWS_1252_HIGH.get(c);
                if (high == null) {
                    return text;
                }
                bytes[i] = high;
            }
        }
        try {
            String decoded = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePoints().anyMatch(Mojibake::isArabicScriptLetterOrDigit) ? decoded : text;
        } catch (CharacterCodingException notUtf8) {
            return text;
        }
    }

    /**
     * Arabic-script letters in UTF-8 begin with the bytes 0xD8–0xDB, which those encodings show as
     * Ø, Ù, Ú, Û; a character neither encoding has (any Persian letter) settles it at once.
     */
    private static boolean mayBeMisdecodedArabicScript(String text) {
        boolean leadByte = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xD8 && c <= 0xDB) {
                leadByte = true;
            } else if (c > 0xFF && !WINDOWS_1252_HIGH.containsKey(c)) {
                return false;
            }
        }
        return leadByte;
    }

    private static boolean isArabicScriptLetterOrDigit(int codePoint) {
        return Character.isLetterOrDigit(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static Map<Character, Byte> windows1252High() {
        Map<Character, Byte> high = new HashMap<>();
        CharsetDecoder windows1252 = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0x9F; b++) {
            try {
                CharBuffer decoded = windows1252.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                high.put(decoded.get(0), (byte) b);
            } catch (CharacterCodingException undefined) {
                // 0x81, 0x8D, 0x8F, 0x90, 0x9D: no character; such a byte arrives as the control U+0081… itself
            }
        }
        return Map.copyOf(high);
    }
}
