package org.safepassage.vetting.independent;

import java.util.List;
import java.util.Random;

/**
 * Where a person serves, as people write it: the organisation, a unit in Persian, in Persian
 * words spelled in Latin letters, or in English (تیپ ۶۵ / Tip 65 / 65th Brigade), a rank in the
 * same three ways and in the several forms each takes (سرهنگ تمام / Sarhang / Colonel / Col.), a
 * position for those without ranks.
 */
final class Services {

    /** An organisation with how common it is among registrations. */
    record Organization(String code, double weight, boolean ranked) {
    }

    static final List<Organization> ORGANIZATIONS = List.of(new Organization("IRGC", 25, true),
            new Organization("ARTESH", 18, true), new Organization("FARAJA", 15, true), new Organization("BASIJ", 12, true),
            new Organization("MOIS", 8, false), new Organization("JUDICIARY", 6, false), new Organization("MINISTRY", 8, false),
            new Organization("CLERGY", 3, false), new Organization("DIPLOMATIC", 3, false), new Organization("OTHER", 2, false));

    private static final Weighted<Organization> PICK = new Weighted<>(ORGANIZATIONS, Organization::weight);

    /** A kind of numbered unit: its word in Persian, in Latin letters and in English, and the numbers that exist. */
    private record UnitKind(String persian, String latin, String english, int[] numbers) {
    }

    private static final UnitKind DIVISION_IRGC = new UnitKind("لشکر", "Lashkar", "Division", new int[] {8, 10, 14, 17, 19, 25, 27, 31, 41});
    private static final UnitKind BRIGADE_IRGC = new UnitKind("تیپ", "Tip", "Brigade", new int[] {18, 20, 33, 44, 45, 65, 110});
    private static final UnitKind DIVISION_ARMY = new UnitKind("لشکر", "Lashkar", "Division", new int[] {16, 21, 28, 30, 64, 77, 81, 88, 92});
    private static final UnitKind BRIGADE_ARMY = new UnitKind("تیپ", "Tip", "Brigade", new int[] {23, 25, 35, 55, 58});
    private static final UnitKind AIR_BASE = new UnitKind("پایگاه هوایی", "Paygah-e Havaei", "Air Base", new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    private static final UnitKind POLICE_STATION = new UnitKind("کلانتری", "Kalantari", "Police Station", range(101, 190));
    private static final UnitKind BATTALION = new UnitKind("گردان", "Gordan", "Battalion", range(1, 60));
    private static final UnitKind COURT_BRANCH = new UnitKind("شعبه دادگاه انقلاب", "Shobe-ye Dadgah-e Enghelab",
            "Revolutionary Court Branch", range(1, 30));
    private static final String[][] UNNUMBERED = {
            {"MOIS", "اداره کل اطلاعات استان", "Edare-ye Kol-e Ettelaat", "Intelligence Directorate"},
            {"MOIS", "معاونت امنیت داخلی", "Moavenat-e Amniat-e Dakheli", "Internal Security Directorate"},
            {"MINISTRY", "وزارت نفت", "Vezarat-e Naft", "Ministry of Oil"},
            {"MINISTRY", "وزارت کشور", "Vezarat-e Keshvar", "Ministry of Interior"},
            {"MINISTRY", "وزارت دفاع", "Vezarat-e Defa", "Ministry of Defence"},
            {"DIPLOMATIC", "سفارت در آنکارا", "Sefarat dar Ankara", "Embassy in Ankara"},
            {"DIPLOMATIC", "سفارت در بغداد", "Sefarat dar Baghdad", "Embassy in Baghdad"},
            {"DIPLOMATIC", "سفارت در کابل", "Sefarat dar Kabol", "Embassy in Kabul"},
            {"CLERGY", "حوزه علمیه قم", "Howze-ye Elmiye-ye Qom", "Qom Seminary"},
            {"CLERGY", "دفتر امام جمعه", "Daftar-e Emam Jomeh", "Friday Prayer Office"}};

    /** A rank: seniority, youngest plausible age, and the forms it is written in (Persian; Latin letters; English). */
    record Rank(int level, int minAge, String[] persian, String[] latin, String[] english) {
    }

    static final List<Rank> RANKS = List.of(
            rank(1, 18, "سرباز|سرباز وظیفه", "Sarbaz", "Private|Soldier"),
            rank(1, 19, "سرجوخه", "Sarjukhe|Sarjoukheh", "Corporal|Cpl."),
            rank(2, 20, "گروهبان سوم|گروهبان ۳", "Goruhban 3|Goruhban Sevom|Gorouhban Sevvom", "Sergeant 3rd class|Third Sergeant"),
            rank(2, 21, "گروهبان دوم|گروهبان ۲", "Goruhban 2|Goruhban Dovom", "Sergeant 2nd class|Second Sergeant"),
            rank(2, 22, "گروهبان یکم|گروهبان ۱", "Goruhban 1|Goruhban Yekom|Gorouhban Yekom", "Sergeant 1st class|Sgt. 1st Class|First Sergeant"),
            rank(3, 26, "استوار دوم|استوار ۲", "Ostovar 2|Ostovar Dovom", "Warrant Officer 2nd class|WO2"),
            rank(3, 28, "استوار یکم|استوار ۱", "Ostovar 1|Ostovar Yekom", "Warrant Officer 1st class|Warrant Officer"),
            rank(3, 22, "ستوان دوم|ستوان ۲", "Sotvan 2|Sotvan Dovom", "Second Lieutenant|2nd Lt."),
            rank(4, 24, "ستوان یکم|ستوان ۱", "Sotvan 1|Sotvan Yekom", "First Lieutenant|1st Lt.|Lieutenant"),
            rank(4, 27, "سروان", "Sarvan", "Captain|Capt."),
            rank(5, 31, "سرگرد", "Sargord", "Major|Maj."),
            rank(6, 35, "سرهنگ دوم|سرهنگ ۲", "Sarhang 2|Sarhang Dovom|Sarhang Dovvom", "Lieutenant Colonel|Lt. Col."),
            rank(6, 39, "سرهنگ تمام|سرهنگ", "Sarhang Tamam|Sarhang", "Colonel|Col.|Full Colonel"),
            rank(7, 42, "سرتیپ دوم|سرتیپ ۲", "Sartip 2|Sartip Dovom", "Brigadier General 2nd class|Brig. Gen. 2nd class"),
            rank(8, 45, "سرتیپ", "Sartip", "Brigadier General|Brig. Gen."),
            rank(9, 48, "سرلشکر", "Sarlashkar", "Major General|Maj. Gen."));

    private static final String[][] POSITIONS = {
            {"MOIS", "کارشناس", "expert"}, {"MOIS", "بازجو", "interrogator"}, {"MOIS", "مسئول پرونده", "case officer"},
            {"JUDICIARY", "قاضی", "judge"}, {"JUDICIARY", "بازپرس", "investigating magistrate"}, {"JUDICIARY", "دادیار", "assistant prosecutor"},
            {"MINISTRY", "کارمند", "employee"}, {"MINISTRY", "مدیر کل", "director general"}, {"MINISTRY", "کارشناس ارشد", "senior expert"},
            {"DIPLOMATIC", "دبیر دوم", "second secretary"}, {"DIPLOMATIC", "رایزن", "counsellor"}, {"DIPLOMATIC", "کنسول", "consul"},
            {"CLERGY", "طلبه", "seminary student"}, {"CLERGY", "امام جماعت", "prayer leader"}, {"CLERGY", "مدرس حوزه", "seminary teacher"},
            {"OTHER", "پیمانکار", "contractor"}, {"OTHER", "راننده", "driver"}};

    private Services() {
    }

    static Organization organization(Random random) {
        return PICK.pick(random);
    }

    /** A person's unit: {Persian, Latin letters, English}; null for none. */
    static String[] unit(String organization, Random random) {
        UnitKind kind = switch (organization) {
            case "IRGC" -> random.nextDouble() < 0.5 ? DIVISION_IRGC : random.nextDouble() < 0.6 ? BRIGADE_IRGC : BATTALION;
            case "ARTESH" -> random.nextDouble() < 0.45 ? DIVISION_ARMY : random.nextDouble() < 0.5 ? BRIGADE_ARMY : AIR_BASE;
            case "FARAJA" -> POLICE_STATION;
            case "BASIJ" -> BATTALION;
            case "JUDICIARY" -> COURT_BRANCH;
            default -> null;
        };
        if (kind == null) {
            List<String[]> fitting = java.util.Arrays.stream(UNNUMBERED).filter(u -> u[0].equals(organization)).toList();
            if (fitting.isEmpty()) {
                return null;
            }
            String[] u = fitting.get(random.nextInt(fitting.size()));
            return new String[] {u[1], u[2], u[3]};
        }
        int number = kind.numbers()[random.nextInt(kind.numbers().length)];
        return new String[] {kind.persian() + " " + number, kind.latin() + " " + number,
                ordinal(number) + " " + kind.english() + "|" + kind.english() + " " + number};
    }

    /** A unit as this registration writes it. */
    static String writeUnit(String[] unit, int form, Random random) {
        String written = unit[form];
        String[] choices = written.split("\\|");
        written = choices[random.nextInt(choices.length)];
        return form == 0 ? Spelling.digits(written, random.nextDouble() < 0.7 ? 1 : 0) : written;
    }

    /** A rank the age allows, lower ones likelier; null when the organisation has no ranks. */
    static Rank rank(Organization organization, int age, Random random) {
        if (!organization.ranked()) {
            return null;
        }
        List<Rank> fitting = RANKS.stream().filter(r -> r.minAge() <= age && (organization.code().equals("BASIJ") ? r.level() <= 6 : true))
                .toList();
        int a = random.nextInt(fitting.size());
        int b = random.nextInt(fitting.size());
        return fitting.get(Math.max(0, Math.min(a, b) + (random.nextDouble() < 0.3 ? Math.abs(a - b) / 2 : 0)));
    }

    /** The next rank up, for a promotion between two registrations. */
    static Rank promoted(Rank rank) {
        int at = RANKS.indexOf(rank);
        return at + 1 < RANKS.size() ? RANKS.get(at + 1) : rank;
    }

    /** A rank as this registration writes it: form 0 Persian, 1 Latin letters, 2 English; IRGC ranks now and then with پاسدار. */
    static String writeRank(Rank rank, int form, String organization, Random random) {
        String[] choices = form == 0 ? rank.persian() : form == 1 ? rank.latin() : rank.english();
        String written = choices[random.nextInt(choices.length)];
        if (form == 0) {
            if (random.nextDouble() < 0.3) {
                written = org.safepassage.core.text.Digits.toAscii(written);
            }
            if (organization.equals("IRGC") && random.nextDouble() < 0.2) {
                written = "پاسدار " + written;
            }
        } else if (form == 1 && organization.equals("IRGC") && random.nextDouble() < 0.1) {
            written = "Pasdar " + written;
        }
        return written;
    }

    /** A position for an organisation without ranks: {Persian, English}; null when none is listed. */
    static String[] position(String organization, Random random) {
        List<String[]> fitting = java.util.Arrays.stream(POSITIONS).filter(p -> p[0].equals(organization)).toList();
        if (fitting.isEmpty()) {
            return null;
        }
        String[] p = fitting.get(random.nextInt(fitting.size()));
        return new String[] {p[1], p[2]};
    }

    private static Rank rank(int level, int minAge, String persian, String latin, String english) {
        return new Rank(level, minAge, persian.split("\\|"), latin.split("\\|"), english.split("\\|"));
    }

    private static int[] range(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).toArray();
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
