package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The texts of planted campaigns. A flood sends one prepared text many times, each copy lightly
 * reworded (a word or two swapped for a synonym), trimmed (a sentence left out) or with a line
 * added, and with its own unit and years; a swarm sends near-empty registrations with one line.
 */
final class FloodTexts {

    private static final String[][] MASTERS_FA = {
            {"اینجانب از پرسنل {unit} هستم و اطلاعات مهمی درباره برنامه موشکی و محل انبارهای تسلیحات دارم.",
                    "آماده همکاری کامل هستم و در ازای آن درخواست پناهندگی فوری برای خود و خانواده‌ام دارم.",
                    "لطفا هر چه سریعتر با من تماس بگیرید زیرا جانم در خطر است.",
                    "مدارک زیادی همراه دارم که ثابت می‌کند فرماندهان در سرکوب نقش داشته‌اند.",
                    "{years} سال سابقه دارم و همه افراد کلیدی را می‌شناسم."},
            {"با سلام، من یکی از مسئولان {unit} هستم و از وضعیت موجود خسته شده‌ام.",
                    "اطلاعات دقیقی از جلسات محرمانه و دستورات فرماندهی در اختیار دارم.",
                    "در صورت تضمین امنیت خانواده‌ام حاضرم همه چیز را در اختیار شما قرار دهم.",
                    "زمان زیادی ندارم و باید فورا از کشور خارج شوم.",
                    "منتظر پاسخ شما هستم، این پیام را به کسی نشان ندهید."},
            {"من در {unit} خدمت می‌کنم و شاهد جنایات زیادی بوده‌ام.",
                    "فیلم‌ها و عکس‌هایی دارم که تا به حال هیچ جا منتشر نشده است.",
                    "برای خروج از کشور به کمک مالی و گذرنامه نیاز دارم.",
                    "لطفا شماره تماس یا آدرس ایمیل خود را برایم بفرستید.",
                    "{years} سال است که در این سازمان هستم و به همه جا دسترسی دارم."}};
    private static final String[][] MASTERS_EN = {
            {"I am an officer of the {unit} and I hold important information about the missile program and the weapons depots.",
                    "I am ready to cooperate fully and in return I ask for immediate asylum for me and my family.",
                    "Please contact me as soon as possible because my life is in danger.",
                    "I have many documents that prove the commanders took part in the crackdown.",
                    "I have {years} years of service and I know all the key people."},
            {"Hello, I am one of the officials of {unit} and I am tired of the situation.",
                    "I have exact information about secret meetings and the orders of the command.",
                    "If the safety of my family is guaranteed I am ready to give you everything.",
                    "I do not have much time and I must leave the country immediately.",
                    "I wait for your answer, do not show this message to anyone."}};
    private static final String[][] SYNONYMS = {
            {"مهمی", "حساسی", "ارزشمندی", "محرمانه‌ای"}, {"فوری", "سریع", "اضطراری"}, {"تماس بگیرید", "ارتباط بگیرید", "پیام بدهید"},
            {"مدارک", "اسناد", "شواهد"}, {"خانواده‌ام", "همسر و فرزندانم", "خانواده خودم"}, {"سریعتر", "زودتر"},
            {"دقیقی", "کاملی", "موثقی"}, {"فورا", "هر چه زودتر", "به سرعت"}, {"خسته شده‌ام", "به تنگ آمده‌ام", "ناراضی هستم"},
            {"important", "sensitive", "valuable", "critical"}, {"immediate", "urgent", "quick"},
            {"contact me", "reach me", "write to me", "get in touch with me"}, {"documents", "papers", "files", "evidence"},
            {"as soon as possible", "urgently", "right away"}, {"my family", "my wife and children", "my relatives"},
            {"exact", "detailed", "reliable"}, {"immediately", "very soon", "quickly"}, {"tired of", "fed up with", "unhappy with"}};
    private static final String[] EXTRA_FA = {"خواهش می‌کنم کمکم کنید.", "خدا حافظ شما.", "منتظرم.", "این آخرین فرصت من است."};
    private static final String[] EXTRA_EN = {"Please help me.", "God bless you.", "I am waiting.", "This is my last chance."};
    private static final String[] SWARM_LINES = {"help", "Help me", "please contact me", "urgent", "I want to leave", "hello?",
            "contact", "test", ".", "?", "I need help now", "plz answer", "کمک", "کمک کنید", "لطفا تماس بگیرید", "سلام", "فوری",
            "می‌خواهم بروم", "جواب بدید", "کمک فوری", "تماس", "..."};

    private FloodTexts() {
    }

    /** A master text for a flood: the sentences of one of the prepared texts. */
    static List<String> master(boolean persian, int which) {
        String[][] masters = persian ? MASTERS_FA : MASTERS_EN;
        return List.of(masters[which % masters.length]);
    }

    static int masters(boolean persian) {
        return (persian ? MASTERS_FA : MASTERS_EN).length;
    }

    /** One copy of a flood's text: reworded, trimmed or lengthened a little, with its own unit and years. */
    static String copy(List<String> master, boolean persian, String unit, int years, Random random) {
        List<String> sentences = new ArrayList<>(master);
        int drop = random.nextDouble() < 0.35 ? 1 + (random.nextDouble() < 0.3 ? 1 : 0) : 0;
        for (int d = 0; d < drop && sentences.size() > 2; d++) {
            sentences.remove(1 + random.nextInt(sentences.size() - 1));
        }
        if (random.nextDouble() < 0.2) {
            String[] extra = persian ? EXTRA_FA : EXTRA_EN;
            sentences.add(extra[random.nextInt(extra.length)]);
        }
        String text = String.join(" ", sentences);
        int swaps = random.nextInt(4);
        for (int s = 0; s < swaps; s++) {
            String[] group = SYNONYMS[random.nextInt(SYNONYMS.length)];
            for (String word : group) {
                if (text.contains(word)) {
                    text = text.replaceFirst(java.util.regex.Pattern.quote(word), group[random.nextInt(group.length)]);
                    break;
                }
            }
        }
        return Texts.fill(text, persian, unit, years, 0, random);
    }

    /** The one line of a near-empty registration in a swarm; now and then a genuine-sounding line. */
    static String swarmLine(Random random) {
        if (random.nextDouble() < 0.3) {
            boolean persian = random.nextBoolean();
            return Texts.narrative(persian, null, 1 + random.nextInt(25), 2000, random, true);
        }
        return SWARM_LINES[random.nextInt(SWARM_LINES.length)];
    }
}
