package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

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

    /**
     * The names partner lists and hand-typed exports give an organisation, in English, Persian and
     * transliteration (سپاه, Sepah-e Pasdaran and Revolutionary Guards as IRGC; ناجا, the police's
     * name until 2022, as FARAJA …), read as the organisation they name: the whole field, never a
     * word inside it, so that the Ministry of Intelligence is MOIS and not a ministry.
     */
    private static final ListWords<Organization> NAMES = ListWords.ofWireNames(Organization.class)
            .add(IRGC, "سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی", "پاسداران", "sepah", "sepah e pasdaran",
                    "sepahe pasdaran", "sepah pasdaran", "pasdaran", "revolutionary guards", "revolutionary guard",
                    "revolutionary guard corps", "islamic revolutionary guard corps", "islamic revolutionary guards corps")
            .add(ARTESH, "ارتش", "ارتش جمهوری اسلامی ایران", "ارتش جمهوری اسلامی", "آجا", "army", "iranian army",
                    "islamic republic of iran army", "iran army")
            .add(FARAJA, "فراجا", "ناجا", "پلیس", "نیروی انتظامی", "فرماندهی انتظامی", "نیروی انتظامی جمهوری اسلامی ایران",
                    "فرماندهی انتظامی جمهوری اسلامی ایران", "naja", "police", "iranian police", "law enforcement force",
                    "law enforcement command")
            .add(BASIJ, "بسیج", "نیروی مقاومت بسیج", "سازمان بسیج", "basij resistance force")
            .add(MOIS, "وزارت اطلاعات", "واجا", "اطلاعات", "vaja", "ministry of intelligence", "intelligence ministry",
                    "ministry of intelligence and security")
            .add(JUDICIARY, "قوه قضاییه", "قوه قضائیه", "دادگستری", "judiciary of iran", "judicial system")
            .add(MINISTRY, "وزارت", "وزارتخانه", "government ministry")
            .add(CLERGY, "روحانیت", "روحانی", "حوزه علمیه", "clergyman", "cleric", "seminary")
            .add(DIPLOMATIC, "وزارت امور خارجه", "وزارت خارجه", "سفارت", "diplomatic service", "foreign ministry",
                    "ministry of foreign affairs", "mfa", "foreign service", "embassy")
            .add(OTHER, "سایر", "دیگر");

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /** The organisation a wire name or a common name of it names, in any letter case and spelling of its Persian letters. */
    public static Optional<Organization> read(String text) {
        return NAMES.read(text);
    }
}
