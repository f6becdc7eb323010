package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** How a registration reached SafePassage (schema safepassage.registration/1). */
public enum Channel implements WireEnum {
    WEB("web"),
    PACKET("packet"),
    IMPORT("import");

    private final String wireName;

    Channel(String wireName) {
        this.wireName = wireName;
    }

    /** The words lists use for how a registration came: the website, an offline packet, a partner's list. */
    private static final ListWords<Channel> WORDS = ListWords.ofWireNames(Channel.class)
            .add(WEB, "website", "web form", "online", "onion", "وب", "سایت", "وبسایت", "وب سایت", "آنلاین")
            .add(PACKET, "offline", "offline packet", "بسته", "بسته آفلاین", "آفلاین")
            .add(IMPORT, "partner", "partner list", "list", "imported", "فهرست", "لیست", "همکار");

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The channel a wire name or a word lists use for it names, in any letter case. */
    public static Optional<Channel> read(String text) {
        return WORDS.read(text);
    }
}
