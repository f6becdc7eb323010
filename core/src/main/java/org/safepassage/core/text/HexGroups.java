package org.safepassage.core.text;

import java.util.HexFormat;

/** Fingerprints as people compare them: the first bytes of a digest in upper-case hex, four digits to a group. */
public final class HexGroups {

    private HexGroups() {
    }

    /** The first {@code bytes} bytes of {@code digest}, e.g. {@code 724A EA40 1263 6B02 0D39} for ten. */
    public static String of(byte[] digest, int bytes) {
        String hex = HexFormat.of().formatHex(digest, 0, bytes).toUpperCase();
        StringBuilder shown = new StringBuilder(hex.length() + hex.length() / 4);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                shown.append(' ');
            }
            shown.append(hex, i, Math.min(hex.length(), i + 4));
        }
        return shown.toString();
    }
}
