package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The branch or department a person of the independent corpus serves in, and the ways people write
 * it: in Persian (with the organisation's name, an acronym, the ezafe form), in Persian words spelled
 * in Latin letters (Niru-ye Zamini, Dadgah-e Enghelab), and in English (IRGC Ground Forces,
 * IRGC-QF, Counter-Narcotics). Organisations without branches (Basij, clergy, the foreign service,
 * others) have none.
 */
final class Departments {

    /** A branch: its organisation, how many of it serve there, and its Persian, Latin-letter and English forms. */
    record Department(String organization, double weight, List<String> persian, List<String> latin, List<String> english) {
    }

    private static final List<Department> ALL = List.of(
            of("IRGC", 50, "نیروی زمینی سپاه|نیروی زمینی|نزسا", "Niru-ye Zamini|Niruye Zamini-ye Sepah|Nirooye Zamini", "IRGC Ground Forces|Ground Force|IRGC-GF"),
            of("IRGC", 12, "نیروی هوافضای سپاه|هوافضا", "Havafaza|Niru-ye Hava-Faza", "IRGC Aerospace Force|Aerospace Force|IRGC-ASF"),
            of("IRGC", 10, "نیروی دریایی سپاه|ندسا", "Niru-ye Daryaei-ye Sepah|Daryayi", "IRGC Navy|IRGCN"),
            of("IRGC", 6, "نیروی قدس|سپاه قدس", "Niru-ye Ghods|Sepah-e Qods", "Quds Force|IRGC-QF|Qods Force"),
            of("IRGC", 14, "سازمان اطلاعات سپاه|اطلاعات سپاه", "Sazman-e Ettelaat-e Sepah|Etelaat", "IRGC Intelligence Organization|Intelligence"),
            of("IRGC", 8, "حفاظت اطلاعات سپاه", "Hefazat-e Ettelaat", "Counterintelligence|IRGC Counter-Intelligence"),
            of("ARTESH", 55, "نیروی زمینی ارتش|نزاجا", "Niru-ye Zamini-ye Artesh|NEZAJA", "Army Ground Forces|Ground Force"),
            of("ARTESH", 20, "نیروی هوایی ارتش|نهاجا", "Niru-ye Havaei|NEHAJA", "Air Force|IRIAF"),
            of("ARTESH", 13, "نیروی دریایی ارتش|نداجا", "Niru-ye Daryaei-ye Artesh|NEDAJA", "Navy|IRIN"),
            of("ARTESH", 12, "پدافند هوایی|قرارگاه پدافند هوایی", "Padafand-e Havaei|Padafand", "Air Defence Force|Air Defense"),
            of("FARAJA", 22, "پلیس راهور|راهور", "Police-e Rahvar|Rahvar", "Traffic Police"),
            of("FARAJA", 10, "پلیس مبارزه با مواد مخدر", "Police-e Mobarezeh ba Mavad-e Mokhader", "Anti-Narcotics Police|Counter-Narcotics"),
            of("FARAJA", 16, "یگان ویژه|یگان ویژه فراجا", "Yegan-e Vizheh", "Special Units|Special Police Unit"),
            of("FARAJA", 12, "مرزبانی", "Marzbani", "Border Guard|Border Regiment"),
            of("FARAJA", 14, "پلیس آگاهی|آگاهی", "Agahi", "Criminal Investigation Department|Detective Police"),
            of("FARAJA", 14, "پلیس امنیت|امنیت عمومی", "Police-e Amniat", "Public Security Police|Security Police"),
            of("FARAJA", 8, "پلیس اطلاعات|پاوا", "Police-e Ettelaat", "Police Intelligence"),
            of("FARAJA", 4, "پلیس فتا|فتا", "FATA", "Cyber Police"),
            of("MOIS", 30, "معاونت ضد جاسوسی|ضدجاسوسی", "Zedd-e Jasusi", "Counter-Espionage Directorate|Counterespionage"),
            of("MOIS", 45, "امنیت داخلی", "Amniat-e Dakheli", "Internal Security|Domestic Security"),
            of("MOIS", 25, "معاونت برون‌مرزی", "Borun-marzi", "Foreign Operations|Foreign Directorate"),
            of("JUDICIARY", 35, "دادسرای عمومی و انقلاب|دادسرا", "Dadsara", "Prosecutor's Office|Public Prosecutor"),
            of("JUDICIARY", 20, "دادگاه انقلاب اسلامی|دادگاه انقلاب", "Dadgah-e Enghelab", "Revolutionary Court|Islamic Revolutionary Court"),
            of("JUDICIARY", 28, "دادگاه عمومی", "Dadgah-e Omumi", "General Court|Public Court"),
            of("JUDICIARY", 14, "سازمان زندان‌ها|زندان اوین", "Zendan", "Prisons Organization|Prison Service"),
            of("JUDICIARY", 3, "دادگاه ویژه روحانیت", "Dadgah-e Vizheh-ye Ruhaniyat", "Special Clerical Court"),
            of("MINISTRY", 30, "وزارت کشور|کشور", "Vezarat-e Keshvar", "Ministry of Interior|Interior Ministry"),
            of("MINISTRY", 20, "وزارت دفاع و پشتیبانی نیروهای مسلح|وزارت دفاع", "Vezarat-e Defa", "Ministry of Defence|MODAFL"),
            of("MINISTRY", 15, "وزارت نفت", "Vezarat-e Naft", "Ministry of Petroleum|Oil Ministry"),
            of("MINISTRY", 12, "وزارت امور اقتصادی و دارایی|وزارت اقتصاد", "Vezarat-e Eghtesad", "Ministry of Economy|Finance Ministry"),
            of("MINISTRY", 10, "وزارت ارتباطات و فناوری اطلاعات", "Vezarat-e Ertebatat", "Ministry of ICT|Communications Ministry"),
            of("MINISTRY", 8, "وزارت فرهنگ و ارشاد اسلامی|ارشاد", "Ershad", "Ministry of Culture|Ministry of Culture and Islamic Guidance"),
            of("MINISTRY", 5, "وزارت بهداشت", "Vezarat-e Behdasht", "Ministry of Health"));

    private static final Map<String, Weighted<Department>> BY_ORGANIZATION = byOrganization();

    private Departments() {
    }

    private static Department of(String organization, double weight, String persian, String latin, String english) {
        return new Department(organization, weight, List.of(persian.split("\\|")), List.of(latin.split("\\|")),
                List.of(english.split("\\|")));
    }

    private static Map<String, Weighted<Department>> byOrganization() {
        Map<String, List<Department>> lists = new HashMap<>();
        for (Department department : ALL) {
            lists.computeIfAbsent(department.organization(), k -> new ArrayList<>()).add(department);
        }
        Map<String, Weighted<Department>> weighted = new HashMap<>();
        lists.forEach((organization, departments) -> weighted.put(organization, new Weighted<>(departments, Department::weight)));
        return Map.copyOf(weighted);
    }

    /** A department of the organisation, by how many serve in each; null for an organisation without. */
    static Department pick(String organization, Random random) {
        Weighted<Department> departments = BY_ORGANIZATION.get(organization);
        return departments == null ? null : departments.pick(random);
    }

    /** The department as one registration writes it: in Persian, or in Latin letters or English, one of their forms. */
    static String write(Department department, boolean persian, Random random) {
        List<String> forms = persian ? department.persian() : random.nextBoolean() ? department.latin() : department.english();
        return forms.get(random.nextInt(forms.size()));
    }
}
