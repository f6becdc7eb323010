package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The organisation a registrant serves in (schema safepassage.registration/1). */
public enum Organization implements WireEnum {
    IRGC("IRGC"),
    ARTESH("ARTESH"),
    FARAJA("FARAJA"),
    BASIJ("BASIJ"),
    MOIS("MOIS"),
    JUDICIARY("JUDICIARY"),
    MINISTRY("MINISTRY"),
    CLERGY("CLERGY"),
    DIPLOMATIC("DIPLOMATIC"),
    OTHER("OTHER");

    private final String wireName;

    Organization(String wireName) {
        this.wireName = wireName;
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * The names partner lists and hand-typed exports give an organisation, in English, Persian and
     * transliteration (سپاه, Sepah-e Pasdaran and Revolutionary Guards as IRGC; ناجا, the police's
     * name until 2022, as FARAJA …), read as the organisation they name: the whole field, never a
     * word inside it, so that the Ministry of Intelligence is MOIS and not a ministry.
     */
    private static final Map<String, Organization> NAMES = names();

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The organisation a wire name or a common name of it names, in any letter case and spelling of its Persian letters. */
    public static Optional<Organization> read(String text) {
        return Optional.ofNullable(NAMES.get(key(text)));
    }

    /** Lower case, Arabic letter forms as Persian, dots dropped (I.R.G.C.), any other run of non-letters one space. */
    private static String key(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('ي', 'ی').replace('ك', 'ک').replace('ة', 'ه')
                .replace("\u200c", " ").replace(".", "");
        return NOT_A_LETTER.matcher(folded).replaceAll(" ").strip();
    }

    private static Map<String, Organization> names() {
        Map<String, Organization> names = new HashMap<>();
        for (Organization organization : values()) {
            names.put(key(organization.wireName), organization);
        }
        name(names, IRGC, "سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی", "پاسداران", "sepah", "sepah e pasdaran",
                "sepahe pasdaran", "sepah pasdaran", "pasdaran", "revolutionary guards", "revolutionary guard",
                "revolutionary guard corps", "islamic revolutionary guard corps", "islamic revolutionary guards corps");
        name(names, ARTESH, "ارتش", "ارتش جمهوری اسلامی ایران", "ارتش جمهوری اسلامی", "آجا", "army", "iranian army",
                "islamic republic of iran army", "iran army");
        name(names, FARAJA, "فراجا", "ناجا", "پلیس", "نیروی انتظامی", "فرماندهی انتظامی", "نیروی انتظامی جمهوری اسلامی ایران",
                "فرماندهی انتظامی جمهوری اسلامی ایران", "naja", "police", "iranian police", "law enforcement force",
                "law enforcement command");
        name(names, BASIJ, "بسیج", "نیروی مقاومت بسیج", "سازمان بسیج", "basij resistance force");
        name(names, MOIS, "وزارت اطلاعات", "واجا", "اطلاعات", "vaja", "ministry of intelligence", "intelligence ministry",
                "ministry of intelligence and security");
        name(names, JUDICIARY, "قوه قضاییه", "قوه قضائیه", "دادگستری", "judiciary of iran", "judicial system");
        name(names, MINISTRY, "وزارت", "وزارتخانه", "government ministry");
        name(names, CLERGY, "روحانیت", "روحانی", "حوزه علمیه", "clergyman", "cleric", "seminary");
        name(names, DIPLOMATIC, "وزارت امور خارجه", "وزارت خارجه", "سفارت", "diplomatic service", "foreign ministry",
                "ministry of foreign affairs", "mfa", "foreign service", "embassy");
        name(names, OTHER, "سایر", "دیگر");
        return Map.copyOf(names);
    }

    private static void name(Map<String, Organization> names, Organization organization, String... written) {
        for (String name : written) {
            if (names.put(key(name), organization) != null) {
                throw new IllegalStateException("an organisation's name given twice: " + name);
            }
        }
    }
}
