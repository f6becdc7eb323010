package org.safepassage.cli.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.safepassage.core.registration.AttachmentRef;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;

/**
 * Synthetic registrations for the demo: invented people built from common Persian given and
 * family names, in Persian or Latin script, with plausible service details. No real person.
 */
final class SampleRegistrations {

    private static final String[][] GIVEN = {{"محمد", "Mohammad"}, {"علی", "Ali"}, {"حسین", "Hossein"}, {"رضا", "Reza"},
            {"مهدی", "Mehdi"}, {"حسن", "Hassan"}, {"امیر", "Amir"}, {"سعید", "Saeed"}, {"مجید", "Majid"}, {"جواد", "Javad"},
            {"مریم", "Maryam"}, {"زهرا", "Zahra"}, {"فاطمه", "Fatemeh"}, {"سارا", "Sara"}};
    private static final String[][] FAMILY = {{"رضایی", "Rezaei"}, {"احمدی", "Ahmadi"}, {"محمدی", "Mohammadi"},
            {"حسینی", "Hosseini"}, {"کریمی", "Karimi"}, {"موسوی", "Mousavi"}, {"قاسمی", "Ghasemi"}, {"جعفری", "Jafari"},
            {"صادقی", "Sadeghi"}, {"نوری", "Nouri"}, {"حیدری", "Heidari"}, {"عباس‌زاده", "Abbaszadeh"}};
    private static final String[][] RANKS = {{"سرهنگ", "Colonel"}, {"سرگرد", "Major"}, {"سروان", "Captain"},
            {"ستوان یکم", "First Lieutenant"}, {"سرتیپ دوم", "Second Brigadier General"}, {"کارشناس", "Expert"}};
    private static final String[][] PROVINCES = {{"تهران", "Tehran"}, {"اصفهان", "Isfahan"}, {"خراسان رضوی", "Razavi Khorasan"},
            {"فارس", "Fars"}, {"آذربایجان شرقی", "East Azerbaijan"}, {"خوزستان", "Khuzestan"}};
    private static final String[] NARRATIVES_FA = {
            "پس از سال‌ها خدمت دیگر نمی‌توانم ادامه دهم و می‌خواهم خانواده‌ام در امان باشند.",
            "از دستوراتی که در واحد ما اجرا می‌شود آگاهم و می‌خواهم پیش از آنکه دیر شود خارج شوم.",
            "همسرم و فرزندانم در خطرند؛ به راه امنی برای خروج نیاز داریم."};
    private static final String[] NARRATIVES_EN = {
            "After many years of service I cannot continue; I want my family to be safe.",
            "I know about orders carried out in our unit and want to leave before it is too late.",
            "My spouse and children are at risk; we need a safe way out."};

    private final Random random;

    SampleRegistrations(long seed) {
        this.random = new Random(seed);
    }

    Registration next(String id, Instant receivedAt, List<AttachmentRef> attachments) {
        boolean persian = random.nextInt(3) > 0;
        int script = persian ? 0 : 1;
        Organization[] organisations = Organization.values();
        Organization organisation = organisations[random.nextInt(organisations.length - 1)];
        int birthYear = 1960 + random.nextInt(35);
        Person person = random.nextInt(5) == 0 ? Person.ANONYMOUS : new Person(
                pick(GIVEN)[script], pick(FAMILY)[script], pick(GIVEN)[script], birthYear, pick(PROVINCES)[script],
                random.nextBoolean() ? nationalId() : null);
        Service service = new Service(organisation, null, null, pick(RANKS)[script], null, 5 + random.nextInt(25),
                pick(PROVINCES)[script]);
        List<FamilyMember> family = new ArrayList<>();
        if (random.nextBoolean()) {
            family.add(new FamilyMember(Relation.SPOUSE, birthYear + random.nextInt(5)));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            family.add(new FamilyMember(Relation.CHILD, birthYear + 22 + random.nextInt(12)));
        }
        String narrative = persian ? NARRATIVES_FA[random.nextInt(NARRATIVES_FA.length)]
                : NARRATIVES_EN[random.nextInt(NARRATIVES_EN.length)];
        Urgency urgency = Urgency.values()[random.nextInt(Urgency.values().length)];
        return new Registration(Registration.SCHEMA, id, receivedAt, Channel.WEB, persian ? "fa" : "en", person, service,
                family, null, narrative, urgency, attachments);
    }

    private String[] pick(String[][] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Ten digits with a valid Iranian check digit (invented, like every sample). */
    private String nationalId() {
        int[] digits = new int[10];
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            digits[i] = random.nextInt(10);
            sum += digits[i] * (10 - i);
        }
        int remainder = sum % 11;
        digits[9] = remainder < 2 ? remainder : 11 - remainder;
        StringBuilder id = new StringBuilder();
        for (int digit : digits) {
            id.append(digit);
        }
        return id.toString();
    }
}
