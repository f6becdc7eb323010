package org.safepassage.core.registration;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * Forces and offices that only one organisation has, by name and acronym: written alone in the
     * organisation's field, they name it and say the branch too.
     */
    private static final String[] IRGC_FORCES = {"quds force", "qods force", "نیروی قدس", "سپاه قدس", "aerospace force",
            "هوافضا", "هوافضای", "ندسا", "نزسا"};
    private static final String[] ARTESH_FORCES = {"نزاجا", "نهاجا", "نداجا", "iriaf", "nezaja", "nehaja", "nedaja"};
    private static final String[] FARAJA_FORCES = {"مرزبانی", "border guard", "border guards", "marzbani",
            // the cyber police
            "فتا", "fata", "cyber police"};
    private static final String[] JUDICIARY_OFFICES = {"دادگاه", "دادسرا", "court", "prosecutor's office", "dadgah", "dadsara",
            "prosecutor", "public prosecutor", "دادستانی",
            // the court that tries clerics: its name holds the clergy's
            "دادگاه ویژه روحانیت", "special clerical court", "special court of the clergy", "special court for the clergy",
            "dadgah e vizheh ye rouhaniyat", "dadgah e vijeh ye rouhaniyat", "dadgahe vizheye rouhaniyat"};
    private static final String[] DIPLOMATIC_OFFICES = {"consulate", "کنسولگری", "konsulgari", "konsulgary"};
    /** "Intelligence": the ministry when it is the whole field, a unit of any force inside a longer name. */
    private static final String[] INTELLIGENCE_ALONE = {"اطلاعات", "ettelaat", "etelaat", "ettela at", "etela at"};
    private static final Set<String> FORCES_AND_OFFICES = Stream.of(IRGC_FORCES, ARTESH_FORCES, FARAJA_FORCES,
            JUDICIARY_OFFICES, DIPLOMATIC_OFFICES).flatMap(Arrays::stream).map(ListWords::key).collect(Collectors.toUnmodifiableSet());

    /**
     * The names partner lists and hand-typed exports give an organisation, in English, Persian and
     * transliteration (سپاه, Sepah-e Pasdaran and Revolutionary Guards as IRGC; ناجا, the police's
     * name until 2022, as FARAJA …) and the intake form's own answers (Another ministry, دستگاه
     * دیپلماسی), read as the organisation they name as the whole field; inside a longer name, as
     * {@link #namedWithin} reads them, the longest first, so that the Ministry of Intelligence is
     * MOIS and not a ministry.
     */
    private static final ListWords<Organization> NAMES = ListWords.ofWireNames(Organization.class)
            .add(IRGC, "سپاه", "سپاه پاسداران", "سپاه پاسداران انقلاب اسلامی", "پاسداران", "sepah", "sepah e pasdaran",
                    "sepahe pasdaran", "sepah pasdaran", "pasdaran", "revolutionary guards", "revolutionary guard",
                    "revolutionary guard corps", "islamic revolutionary guard corps", "islamic revolutionary guards corps",
                    // its name in full, which holds "army"
                    "army of the guardians of the islamic revolution", "guardians of the islamic revolution",
                    // its intelligence protection organisation, by its acronym
                    "ساحفا", "sahefa")
            .add(IRGC, IRGC_FORCES)
            .add(ARTESH, "ارتش", "ارتش جمهوری اسلامی ایران", "ارتش جمهوری اسلامی", "آجا", "army", "iranian army",
                    "islamic republic of iran army", "iran army")
            .add(ARTESH, ARTESH_FORCES)
            .add(FARAJA, "فراجا", "ناجا", "پلیس", "نیروی انتظامی", "فرماندهی انتظامی", "نیروی انتظامی جمهوری اسلامی ایران",
                    "فرماندهی انتظامی جمهوری اسلامی ایران", "naja", "police", "iranian police", "law enforcement force",
                    "law enforcement command", "niroye entezami", "niruye entezami", "niroo ye entezami", "niru ye entezami",
                    "entezami", "polis")
            .add(FARAJA, FARAJA_FORCES)
            .add(BASIJ, "بسیج", "نیروی مقاومت بسیج", "سازمان بسیج", "basij resistance force", "basij e mostazafin",
                    "basije mostazafin", "basij mostazafin", "sazman e basij", "sazmane basij")
            .add(MOIS, INTELLIGENCE_ALONE)
            .add(MOIS, "وزارت اطلاعات", "واجا", "vaja", "ministry of intelligence", "intelligence ministry",
                    "ministry of intelligence and security", "vevak", "واواک",
                    "vezarat e ettelaat", "vezarate ettelaat", "vezarat ettelaat",
                    "vezarat e etelaat", "vezarate etelaat", "vezarat etelaat", "ministry of information")
            .add(JUDICIARY, "قوه قضاییه", "قوه قضائیه", "دادگستری", "judiciary of iran", "judicial system",
                    // romanised, as partner lists write it
                    "ghove ghazaiye", "ghoveh ghazaiyeh", "ghove ghazaieh", "ghoveh ghazaieh", "ghove ye ghazaiye",
                    "ghove ye ghazaieh", "ghovve ye ghazaiyeh", "qove qazaiye", "qoveh qazaiyeh", "qove ye qazaiye",
                    "qovve ye qazaiyeh", "qoveh ye qazaiyeh", "dadgostari")
            .add(JUDICIARY, JUDICIARY_OFFICES)
            .add(MINISTRY, "وزارت", "وزارتخانه", "government ministry", "another ministry", "other ministry", "وزارتخانه‌ای دیگر",
                    "وزارتخانه دیگر", "vezarat", "vezarate", "vezaratkhaneh", "vezarat khaneh")
            .add(CLERGY, "روحانیت", "روحانی", "حوزه علمیه", "clergyman", "cleric", "clerics", "seminary",
                    // romanised: the seminary (حوزه alone is also a district: not read) and the clergy
                    "hawza", "hawzah", "howzeh", "howze", "hozeh", "hoze elmiye", "howzeh elmiyeh", "hozeh elmieh",
                    "howze elmiye", "hawza ilmiyya", "rouhaniyat", "ruhaniyat", "rohaniat", "rowhaniyat", "rouhani", "ruhani",
                    "rohani", "امام جمعه", "imam jomeh", "imam jome", "emam jomeh", "friday prayer leader")
            .add(DIPLOMATIC, "وزارت امور خارجه", "وزارت خارجه", "سفارت", "diplomatic service", "foreign ministry",
                    "ministry of foreign affairs", "mfa", "foreign service", "embassy", "دستگاه دیپلماسی",
                    "vezarat e omur e kharejeh", "vezarate omure kharejeh", "vezarat e kharejeh", "vezarate kharejeh", "sefarat")
            .add(DIPLOMATIC, DIPLOMATIC_OFFICES)
            .add(OTHER, "سایر", "دیگر");
    /**
     * Names that say an organisation when they are the whole field, but inside a longer name say
     * something else: اطلاعات ("intelligence") is the ministry alone, and a unit of any force
     * within one (حفاظت اطلاعات ارتش, the army's counter-intelligence); "other" says nothing.
     */
    private static final Set<String> ONLY_WHOLE = Stream.concat(Arrays.stream(INTELLIGENCE_ALONE), Stream.of("other", "سایر", "دیگر"))
            .collect(Collectors.toUnmodifiableSet());

    @JsonValue
    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * What an organisation's field says: the organisation, and the branch it says too (null when
     * none; see {@link #named}).
     */
    public record Named(Organization organization, String branch) {
    }

    /**
     * The organisation a wire name or a common name of it names, in any letter case and spelling of
     * its Persian letters; or, when the field is a longer name, the one organisation named within it
     * ({@link #namedWithin}).
     */
    public static Optional<Organization> read(String text) {
        return named(text).map(Named::organization);
    }

    /**
     * The organisation the field names ({@link #read}), with the field as the branch it also says
     * when it names its organisation within a longer name (IRGC Navy, نیروی دریایی سپاه, وزارت دفاع)
     * or by a force or office only it has (Quds Force, نزاجا): the whole text, which the branch's
     * reading takes without the organisation's own words. No branch when the field is the
     * organisation's name alone, or its names side by side (IRGC (Sepah), فراجا (پلیس)).
     */
    public static Optional<Named> named(String text) {
        Optional<Organization> whole = NAMES.read(text);
        if (whole.isPresent()) {
            return Optional.of(new Named(whole.get(), FORCES_AND_OFFICES.contains(ListWords.key(text)) ? text.strip() : null));
        }
        return namedWithin(text).map(organization -> new Named(organization,
                organization.withoutItsNames(text).isBlank() ? null : text.strip()));
    }

    /**
     * A text about where one serves in this organisation (a branch) without the names it gives
     * the organisation itself, as words are compared: IRGC Navy as "navy", انمیت داخلی وزارت اطلاعات
     * as "انمیت داخلی", Police (FARAJA) as nothing; the text as it is when it gives none. The names of
     * its forces and offices (نزاجا, دادگاه) stay: they are the branch. What is left is the branch's
     * own name, to be read or compared as written.
     */
    public String withoutItsNames(String text) {
        return NAMES.without(text, this, name -> !FORCES_AND_OFFICES.contains(name) && !ONLY_WHOLE.contains(name));
    }

    /**
     * The one organisation a longer name holds by one of its names as whole words, as lists write
     * an organisation with its force, ministry or office (IRGC - Quds Force, نیروی هوایی ارتش,
     * Ministry of Intelligence and Security of Iran, وزارت کشور, Police (FARAJA)). The Basij named
     * with the IRGC is the Basij, one of the IRGC's forces; any other two organisations named
     * leave it unread, as does a name only a whole field says ({@link #ONLY_WHOLE}).
     */
    private static Optional<Organization> namedWithin(String text) {
        Set<Organization> named = EnumSet.noneOf(Organization.class);
        for (Map.Entry<String, Organization> name : NAMES.within(text)) {
            if (!ONLY_WHOLE.contains(name.getKey())) {
                named.add(name.getValue());
            }
        }
        if (named.equals(EnumSet.of(BASIJ, IRGC))) {
            return Optional.of(BASIJ);
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }
}
