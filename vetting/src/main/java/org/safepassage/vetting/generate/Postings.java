package org.safepassage.vetting.generate;

import java.util.Map;
import java.util.Random;
import org.safepassage.core.registration.Organization;

/**
 * The province and the branch a generated person serves in, and how a registration writes them.
 * The province: in Persian, now and then after the word استان; in Latin letters in one of its
 * usual spellings, now and then with "Province"; as the province's capital by someone who reads
 * the field as "where"; with a typo. The branch (ground force, traffic police, revolutionary
 * court): in Persian or English, with the organisation's name or without. Draws from a random
 * stream of its own, so that the rest of a corpus is as it was before registrations gave them.
 */
final class Postings {

    /** Persian name, Latin spellings, the capital (Persian|Latin) where it differs from the province's name, share of people (census 2016, %). */
    private static final String[][] PROVINCES = {
            {"تهران", "Tehran", "", "16.6"}, {"خراسان رضوی", "Khorasan Razavi|Razavi Khorasan", "مشهد|Mashhad", "8"},
            {"اصفهان", "Isfahan|Esfahan", "", "6.4"}, {"فارس", "Fars", "شیراز|Shiraz", "6.1"},
            {"خوزستان", "Khuzestan|Khouzestan", "اهواز|Ahvaz", "5.9"}, {"آذربایجان شرقی", "East Azerbaijan|Azarbaijan-e Sharghi", "تبریز|Tabriz", "4.9"},
            {"مازندران", "Mazandaran", "ساری|Sari", "4.1"}, {"آذربایجان غربی", "West Azerbaijan|Azarbaijan-e Gharbi", "ارومیه|Urmia", "4.1"},
            {"کرمان", "Kerman", "", "4"}, {"سیستان و بلوچستان", "Sistan and Baluchestan|Sistan va Baluchestan", "زاهدان|Zahedan", "3.5"},
            {"البرز", "Alborz", "کرج|Karaj", "3.4"}, {"گیلان", "Gilan|Guilan", "رشت|Rasht", "3.2"},
            {"کرمانشاه", "Kermanshah", "", "2.4"}, {"گلستان", "Golestan", "گرگان|Gorgan", "2.3"},
            {"لرستان", "Lorestan|Luristan", "خرم‌آباد|Khorramabad", "2.2"}, {"هرمزگان", "Hormozgan", "بندرعباس|Bandar Abbas", "2.2"},
            {"همدان", "Hamadan|Hamedan", "", "2.2"}, {"کردستان", "Kurdistan|Kordestan", "سنندج|Sanandaj", "2"},
            {"مرکزی", "Markazi", "اراک|Arak", "1.8"}, {"قم", "Qom|Ghom", "", "1.6"}, {"قزوین", "Qazvin", "", "1.6"},
            {"اردبیل", "Ardabil|Ardebil", "", "1.6"}, {"یزد", "Yazd", "", "1.4"}, {"بوشهر", "Bushehr", "", "1.4"},
            {"زنجان", "Zanjan", "", "1.3"}, {"چهارمحال و بختیاری", "Chaharmahal and Bakhtiari", "شهرکرد|Shahrekord", "1.2"},
            {"خراسان شمالی", "North Khorasan", "بجنورد|Bojnurd", "1.1"}, {"خراسان جنوبی", "South Khorasan", "بیرجند|Birjand", "1"},
            {"کهگیلویه و بویراحمد", "Kohgiluyeh and Boyer-Ahmad", "یاسوج|Yasuj", "0.9"}, {"سمنان", "Semnan", "", "0.9"},
            {"ایلام", "Ilam", "", "0.7"}};

    /** Each organisation's branches: Persian, English, share of its people (%); none for those without. */
    private static final Map<Organization, String[][]> BRANCHES = Map.of(
            Organization.IRGC, new String[][] {{"نیروی زمینی", "Ground Force", "55"}, {"نیروی هوافضا", "Aerospace Force", "10"},
                    {"نیروی دریایی", "Navy", "10"}, {"نیروی قدس", "Quds Force", "8"}, {"سازمان اطلاعات", "Intelligence Organization", "12"},
                    {"حفاظت اطلاعات", "Counter-intelligence", "5"}},
            Organization.ARTESH, new String[][] {{"نیروی زمینی", "Ground Force", "60"}, {"نیروی هوایی", "Air Force", "18"},
                    {"نیروی دریایی", "Navy", "12"}, {"پدافند هوایی", "Air Defense", "10"}},
            Organization.FARAJA, new String[][] {{"پلیس راهور", "Traffic Police", "20"}, {"پلیس اطلاعات", "Police Intelligence", "8"},
                    {"پلیس فتا", "Cyber Police", "4"}, {"پلیس مبارزه با مواد مخدر", "Anti-Narcotics Police", "10"},
                    {"یگان ویژه", "Special Units", "15"}, {"مرزبانی", "Border Guard", "12"}, {"پلیس آگاهی", "Criminal Investigation Police", "12"},
                    {"پلیس امنیت عمومی", "Public Security Police", "15"}, {"پلیس مهاجرت و گذرنامه", "Immigration and Passport Police", "4"}},
            Organization.MOIS, new String[][] {{"معاونت ضد جاسوسی", "Counter-espionage", "30"}, {"معاونت امنیت داخلی", "Internal Security", "45"},
                    {"معاونت برون مرزی", "Foreign Operations", "15"}, {"حفاظت اطلاعات", "Counter-intelligence", "10"}},
            Organization.JUDICIARY, new String[][] {{"دادسرا", "Prosecutor's Office", "35"}, {"دادگاه انقلاب", "Revolutionary Court", "20"},
                    {"دادگاه عمومی", "General Court", "30"}, {"سازمان زندان‌ها", "Prisons Organization", "12"},
                    {"دادگاه ویژه روحانیت", "Special Clerical Court", "3"}},
            Organization.MINISTRY, new String[][] {{"وزارت کشور", "Ministry of Interior", "30"}, {"وزارت دفاع", "Ministry of Defense", "20"},
                    {"وزارت نفت", "Ministry of Petroleum", "15"}, {"وزارت اقتصاد", "Ministry of Economy", "10"},
                    {"وزارت ارتباطات", "Ministry of ICT", "10"}, {"وزارت فرهنگ و ارشاد اسلامی", "Ministry of Culture and Islamic Guidance", "10"},
                    {"وزارت بهداشت", "Ministry of Health", "5"}});
    /** How each organisation is named after a branch: Persian, English. */
    private static final Map<Organization, String[]> ORGANIZATION_NAMES = Map.of(Organization.IRGC, new String[] {"سپاه", "IRGC"},
            Organization.ARTESH, new String[] {"ارتش", "Army"}, Organization.FARAJA, new String[] {"فراجا", "FARAJA"},
            Organization.MOIS, new String[] {"وزارت اطلاعات", "MOIS"});

    private final Random random;
    private final double[] cumulative = new double[PROVINCES.length];

    Postings(Random random) {
        this.random = random;
        double sum = 0;
        for (int i = 0; i < PROVINCES.length; i++) {
            sum += Double.parseDouble(PROVINCES[i][3]);
            cumulative[i] = sum;
        }
    }

    /** A province, as many people serve there as live there. */
    String[] province() {
        double roll = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (roll < cumulative[i]) {
                return PROVINCES[i];
            }
        }
        return PROVINCES[PROVINCES.length - 1];
    }

    /** The province a person served in before a transfer, for a few; null for most. */
    String[] formerProvince(String[] now) {
        if (random.nextDouble() >= 0.06) {
            return null;
        }
        String[] before = province();
        return before == now ? null : before;
    }

    /** Whether a registration gives the field, given how likely that is. */
    boolean gives(double chance) {
        return random.nextDouble() < chance;
    }

    /** One of the two provinces, when there was a transfer; otherwise the one. */
    String[] either(String[] now, String[] before) {
        return before != null && random.nextBoolean() ? before : now;
    }

    /** A branch of the organisation, by how many serve in each; null for an organisation without branches. */
    String[] branch(Organization organization) {
        String[][] branches = BRANCHES.get(organization);
        if (branches == null) {
            return null;
        }
        double total = 0;
        for (String[] branch : branches) {
            total += Double.parseDouble(branch[2]);
        }
        double roll = random.nextDouble() * total;
        for (String[] branch : branches) {
            roll -= Double.parseDouble(branch[2]);
            if (roll < 0) {
                return branch;
            }
        }
        return branches[branches.length - 1];
    }

    /** The branch as one registration writes it: Persian or English, now and then with the organisation's name. */
    String write(String[] branch, Organization organization, boolean persian) {
        String[] organizationName = ORGANIZATION_NAMES.get(organization);
        boolean named = organizationName != null && random.nextDouble() < 0.3;
        if (persian) {
            return named ? branch[0] + " " + organizationName[0] : branch[0];
        }
        return named ? organizationName[1] + " " + branch[1] : branch[1];
    }

    /** The province as one registration writes it. */
    String write(String[] province, boolean persian) {
        String written;
        if (!province[2].isEmpty() && random.nextDouble() < 0.08) {
            written = province[2].split("\\|")[persian ? 0 : 1]; // the capital, read as where one serves
        } else if (persian) {
            written = (random.nextDouble() < 0.12 ? "استان " : "") + province[0];
        } else {
            String[] spellings = province[1].split("\\|");
            written = spellings[random.nextInt(spellings.length)] + (random.nextDouble() < 0.1 ? " Province" : "");
        }
        return random.nextDouble() < 0.03 ? Noise.typo(written, random) : written;
    }
}
