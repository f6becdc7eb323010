package org.safepassage.vetting.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Free texts for generated registrations. A genuine person writes in their own words: a few
 * sentences drawn from many, in their own order, with their own details (years, city, unit,
 * family). A flood repeats one template with slots filled in. All invented.
 */
final class Texts {

    private static final String[] NARRATIVE_FA = {
        "[من|بنده|اینجانب] {years} سال [در|توی|داخل] {unit} [خدمت کرده‌ام|کار کرده‌ام|بوده‌ام] و [دیگر نمی‌توانم ادامه دهم|دیگر تحمل ندارم|بس است].",
        "[بعد از|پس از|از زمان] [اتفاقات|کشتار|سرکوب] [سال گذشته|پارسال|آبان] [وجدانم اجازه نمی‌دهد بمانم|نمی‌توانم بمانم|دیگر آرام ندارم].",
        "[خانواده‌ام|زن و بچه‌ام|پدر و مادرم] در {city} [زندگی می‌کنند|هستند|ساکن‌اند] و [نگران امنیت آنها هستم|برایشان می‌ترسم|جانشان در خطر است].",
        "[چند بار|بیش از یک بار|دو بار] [از ما خواستند|به ما دستور دادند] به معترضان [شلیک کنیم|حمله کنیم] و [من نپذیرفتم|من نکردم|نتوانستم].",
        "همسرم و {children} فرزندم باید با من بیایند.",
        "مافوقم به من مشکوک شده و احساس می‌کنم زیر نظر هستم.",
        "از سال {since} در این سازمان هستم و چیزهای زیادی دیده‌ام.",
        "[می‌خواهم|باید] قبل از اینکه [دیر شود|سراغم بیایند|موج بعدی برسد] [خارج شوم|بروم|فرار کنم].",
        "برادرم را سال {since} بازداشت کردند و هنوز خبری از او نداریم.",
        "پاسپورتم را گرفته‌اند و فقط از راه زمینی می‌توانم خارج شوم.",
        "حقوقم ماه‌هاست پرداخت نشده و دیگر به این نظام اعتقادی ندارم.",
        "اگر بفهمند با شما تماس گرفته‌ام اعدامم می‌کنند.",
        "در {city} به دنیا آمده‌ام و تمام عمرم آنجا بوده‌ام.",
        "یکی از همکارانم ناپدید شد و می‌ترسم نفر بعدی من باشم.",
        "مادرم بیمار است و نمی‌توانم بدون او بروم.",
        "دخترم دانشجوست و به خاطر حجاب پرونده دارد.",
        "در ماموریت‌های خارج از کشور بوده‌ام و راه‌ها را می‌شناسم.",
        "تلفنم کنترل می‌شود و فقط از این راه می‌توانم بنویسم.",
        "هفته‌ای یک بار به {city} می‌روم و آنجا امن‌تر است.",
        "سال {since} به {unit} منتقل شدم.",
    };
    private static final String[] NARRATIVE_EN = {
        "I [have served|worked|spent] {years} years [in|at|with] {unit} and [I cannot go on|I can no longer continue|enough is enough].",
        "[After|Since] [what happened|the killings|the crackdown] [last year|in November|two years ago] [my conscience does not let me stay|I cannot stay|I have no peace].",
        "My [family lives|wife and children live|parents live] in {city} and [I fear for their safety|I am afraid for them|their lives are at risk].",
        "[We were ordered|They told us|My unit was ordered] [several times|more than once|twice] to [fire on|shoot at|attack] protesters and [I refused|I did not|I could not].",
        "My wife and our {children} children must come with me.",
        "My superior has become suspicious and I feel watched.",
        "I have been in this organisation since {since} and have seen a lot.",
        "I [want|need|have] to [get out|leave|escape] before [it is too late|they come for me|the next wave].",
        "They arrested my brother in {since} and we still have no news of him.",
        "They took my passport; I can only leave over land.",
        "My salary has not been paid for months and I no longer believe in this system.",
        "If they learn I contacted you they will execute me.",
        "I was born in {city} and have lived there all my life.",
        "A colleague of mine disappeared and I fear I am next.",
        "My mother is ill and I cannot leave without her.",
        "My daughter is a student and has a file because of the hijab.",
        "I have been on missions abroad and know the routes.",
        "My phone is monitored; this is the only way I can write.",
        "Once a week I go to {city}, where it is safer.",
        "In {since} I was transferred to {unit}.",
    };
    private static final String[] ACCESS_FA = {
        "به [اسناد مالی|حساب‌های|بودجه] {unit} [دسترسی دارم|دسترسی داشتم|را دیده‌ام].",
        "[نام|اسامی] [فرماندهان|مسئولان|افسران] و [محل استقرار|خانه‌های|دفاتر] آنها را [می‌دانم|می‌شناسم].",
        "فهرست [افرادی که در بازداشتگاه بوده‌اند|زندانیان سیاسی|بازداشت‌شدگان آبان] را [دارم|دیده‌ام].",
        "از [قراردادهای خرید|معاملات|واردات] [تجهیزات|سلاح|قطعات] در سال {since} [خبر دارم|اطلاع دارم].",
        "[می‌توانم نشان دهم|می‌دانم|شاهد بودم] چه کسی دستور [تیراندازی|بازداشت|شکنجه] داد.",
        "[رمز|دسترسی] [سامانه بایگانی|شبکه داخلی|سرور] را [می‌دانم|دارم].",
        "با مسئولان [پرونده‌های هسته‌ای|برنامه موشکی|پهپادها] [جلسه داشته‌ام|کار کرده‌ام].",
        "[عکس‌هایی|فیلم‌هایی|نسخه‌هایی] از [اسناد داخلی|دستورالعمل‌ها|نامه‌های محرمانه] [گرفته‌ام|دارم].",
        "[مسیر|زمان] [انتقال|جابجایی] [پول|سلاح|نیرو] به [عراق|سوریه|لبنان|یمن] را [می‌دانم|ثبت کرده‌ام].",
        "[شماره‌های تماس|ایمیل‌های] [مسئولان|فرماندهان] {unit} را [دارم|یادداشت کرده‌ام].",
        "در [جلسات|کمیسیون|شورای] [امنیتی|تامین] {city} [حضور داشتم|منشی بودم].",
        "[گزارش‌های|آمار] [واقعی|محرمانه] [کشته‌شدگان|بازداشت‌ها] {city} را [دیده‌ام|دارم].",
    };
    private static final String[] ACCESS_EN = {
        "I [have|had] access to the [financial records|accounts|budget] of {unit}.",
        "I know the names of the [commanders|officials|officers] and [where they are based|their homes|their offices].",
        "I have the list of [people who were held in the detention centre|political prisoners|those arrested in November].",
        "I know about the [purchase contracts|deals|imports] of [equipment|weapons|parts] [of|from|in] {since}.",
        "I [can show|know|saw] who gave the order to [shoot|arrest|torture].",
        "I [know the password of|have access to] the [archive system|internal network|server].",
        "I have [sat in meetings with|worked with] the officials of the [nuclear files|missile programme|drone programme].",
        "I have [taken photographs of|copies of|kept] [internal documents|instructions|secret letters].",
        "I know the [routes|timing] of [money|weapons|troop] transfers to [Iraq|Syria|Lebanon|Yemen].",
        "I have the [phone numbers|email addresses] of the [officials|commanders] of {unit}.",
        "I [attended|took the minutes of] the [security council|security meetings|provincial council] of {city}.",
        "I have seen the [real|secret] [figures|reports] of [the dead|arrests] in {city}.",
    };
    /** How people open and close a sentence in their own way. */
    private static final String[] OPENERS_FA = {"", "راستش ", "واقعیت این است که ", "باید بگویم ", "خب، ", "صادقانه ", "",
        "همان‌طور که گفتم ", "در ضمن ", "متاسفانه "};
    private static final String[] OPENERS_EN = {"", "Honestly, ", "The truth is ", "I must say ", "Well, ", "To be clear, ", "",
        "As I said, ", "Also, ", "Sadly, "};
    private static final String[] CLOSERS_FA = {"", "", " خواهش می‌کنم کمک کنید", " این را بدانید", " از این بابت مطمئنم",
        " خدا می‌داند", " همین"};
    private static final String[] CLOSERS_EN = {"", "", " please help", " you should know this", " I am sure of it",
        " God knows", " that is all"};

    /** Flood templates: long, specific, the same for every member but for the slots. */
    static final String[][] FLOOD = {
        {"سلام، من {name} هستم از {unit}. به دلیل فشارهای شدید و تهدید خانواده‌ام تصمیم گرفته‌ام همکاری کنم. "
                + "اطلاعات کاملی درباره عملیات‌های محرمانه و افراد کلیدی دارم و آماده‌ام همه را در اختیار شما بگذارم. "
                + "لطفا هر چه سریع‌تر با من تماس بگیرید، زمان زیادی ندارم.",
         "Hello, I am {name} from {unit}. Because of heavy pressure and threats to my family I have decided to cooperate. "
                + "I have complete information about secret operations and key people and I am ready to give you all of it. "
                + "Please contact me as soon as possible, I do not have much time."},
        {"اینجانب {name} با {years} سال سابقه در {unit} آماده افشای اسناد طبقه‌بندی شده هستم. "
                + "برای خروج من و خانواده‌ام از کشور کمک فوری لازم است. شماره تماس خود را بفرستید تا جزئیات را بگویم.",
         "I, {name}, with {years} years of service in {unit}, am ready to disclose classified documents. "
                + "Urgent help is needed for me and my family to leave the country. Send me your phone number and I will give details."},
        {"من از مسئولان ارشد {unit} هستم و از برنامه‌های آینده خبر دارم. در ازای امنیت خودم و خانواده‌ام "
                + "حاضرم ملاقات حضوری داشته باشم. لطفا محل و زمان ملاقات را در شهر {city} تعیین کنید.",
         "I am one of the senior officials of {unit} and I know the plans ahead. In exchange for the safety of myself and my family "
                + "I am willing to meet in person. Please set a place and time to meet in {city}."},
        {"درود. نام من {name} است. سال‌ها در {unit} کار کرده‌ام و حالا می‌خواهم حقیقت را بگویم. "
                + "فهرست کامل نیروهای عملیاتی و آدرس‌های امن را دارم. فقط از طریق این فرم با من در ارتباط باشید.",
         "Greetings. My name is {name}. I have worked for years in {unit} and now I want to tell the truth. "
                + "I have the full list of operational forces and safe addresses. Contact me only through this form."},
    };

    private Texts() {
    }

    /** A genuine person's narrative: two to four sentences of their own choosing, or null (40 %). */
    static String narrative(Random random, boolean persian, Slots slots) {
        if (random.nextDouble() < 0.4) {
            return null;
        }
        return compose(random, persian ? NARRATIVE_FA : NARRATIVE_EN, 2 + random.nextInt(4), slots, persian);
    }

    /** What a genuine person says they can provide: one or two sentences, or null (50 %). */
    static String access(Random random, boolean persian, Slots slots) {
        if (random.nextDouble() < 0.5) {
            return null;
        }
        return compose(random, persian ? ACCESS_FA : ACCESS_EN, 1 + random.nextInt(2), slots, persian);
    }

    /** Fills the slots; in genuine sentences, [a|b|c] is one of the ways a person may put it. */
    static String fill(String template, Slots slots) {
        return template.replace("{name}", slots.name()).replace("{unit}", slots.unit()).replace("{city}", slots.city())
                .replace("{years}", Integer.toString(slots.years())).replace("{since}", Integer.toString(slots.since()))
                .replace("{children}", Integer.toString(slots.children()));
    }

    private static String compose(Random random, String[] bank, int count, Slots slots, boolean persian) {
        List<String> sentences = new ArrayList<>(List.of(bank));
        Collections.shuffle(sentences, random);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            String sentence = fill(choose(sentences.get(i), random), slots);
            String opener = (persian ? OPENERS_FA : OPENERS_EN)[random.nextInt(OPENERS_FA.length)];
            String closer = (persian ? CLOSERS_FA : CLOSERS_EN)[random.nextInt(CLOSERS_FA.length)];
            if (!persian && !opener.isEmpty()) {
                sentence = Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
            }
            text.append(opener).append(sentence, 0, sentence.length() - 1).append(closer).append(sentence.charAt(sentence.length() - 1));
        }
        return text.toString();
    }

    private static String choose(String sentence, Random random) {
        StringBuilder out = new StringBuilder(sentence.length());
        int at = 0;
        while (at < sentence.length()) {
            int open = sentence.indexOf('[', at);
            if (open < 0) {
                out.append(sentence, at, sentence.length());
                break;
            }
            int close = sentence.indexOf(']', open);
            out.append(sentence, at, open);
            String[] options = sentence.substring(open + 1, close).split("\\|");
            out.append(options[random.nextInt(options.length)]);
            at = close + 1;
        }
        return out.toString();
    }

    /** The details a text is filled with. */
    record Slots(String name, String unit, String city, int years, int since, int children) {
    }
}
