package org.safepassage.vetting.independent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What genuine people write in the free-text fields, in Persian and English: a few sentences
 * about their service, why they want out, their family, the danger, what they ask, and what they
 * know; each sentence in one of several wordings with details of its own. Some write one line.
 */
final class Texts {

    private static final String[][] EN = {
            {"I have served in the {unit} for {years} years.", "For {years} years I worked at {unit}.",
                    "I am in {unit}, {years} years of service.", "I joined in {join} and I am now with {unit}.",
                    "Since {join} I have been in {unit}."},
            {"After {event} I cannot continue.", "I no longer believe in what we are ordered to do.",
                    "My conscience does not allow me to stay after {event}.", "I was ordered to {order} and I refused.",
                    "I saw what they did to {victims} and I cannot be part of it any more.", "Since {event} I have not slept well."},
            {"My wife and {kids} must come with me.", "My family does not know I am writing this.",
                    "My {relative} is sick and needs treatment abroad.", "I am responsible for my {relative} and {kids}."},
            {"Colleagues were arrested last {period}; I think I am watched.", "They check our phones every {period}.",
                    "I can only write from {place}.", "My superior asked me questions about my loyalty last {period}."},
            {"Please tell me what I must do.", "I need a safe route for {n} people.", "I can travel to {country} for {reason}.",
                    "Please answer in Persian.", "I can wait a few months but not longer."}};
    private static final String[][] FA = {
            {"{years} سال است که در {unit} خدمت می‌کنم.", "در {unit} مشغول هستم و {years} سال سابقه دارم.",
                    "از سال {join} در {unit} هستم.", "من در {unit} کار می‌کنم، {years} سال سابقه.",
                    "{years} سال سابقه خدمت در {unit} دارم."},
            {"بعد از اتفاقات {event} دیگر نمی‌توانم ادامه بدهم.", "دیگر به کاری که به ما دستور می‌دهند اعتقاد ندارم.",
                    "وجدانم بعد از {event} اجازه نمی‌دهد بمانم.", "به من دستور دادند {order} و قبول نکردم.",
                    "دیدم با {victims} چه کردند و نمی‌توانم شریک این کار باشم.", "از {event} به بعد خواب ندارم."},
            {"همسرم و {kids} باید با من بیایند.", "خانواده‌ام نمی‌دانند که این را می‌نویسم.",
                    "{relative} من بیمار است و باید خارج از کشور درمان شود.", "مسئولیت {relative} و {kids} با من است."},
            {"{period} گذشته چند همکارم بازداشت شدند و فکر می‌کنم زیر نظرم.", "هر {period} گوشی‌های ما را بررسی می‌کنند.",
                    "فقط از {place} می‌توانم بنویسم.", "{period} گذشته مافوقم درباره وفاداری‌ام از من سوال کرد."},
            {"لطفا بگویید چه کار باید بکنم.", "برای {n} نفر راه امن لازم دارم.", "می‌توانم برای {reason} به {country} سفر کنم.",
                    "لطفا فارسی جواب بدهید.", "چند ماه می‌توانم صبر کنم ولی نه بیشتر."}};
    private static final String[] ACCESS_EN = {"I know the structure of {unit} and the names of its commanders.",
            "I had access to the {documents} of {unit}.", "I can bring {documents}.", "I know where the {documents} are kept.",
            "I worked with the {documents} for {years} years."};
    private static final String[] ACCESS_FA = {"ساختار {unit} و نام فرماندهانش را می‌دانم.", "به {documents} {unit} دسترسی داشتم.",
            "می‌توانم {documents} را بیاورم.", "می‌دانم {documents} کجا نگهداری می‌شود.", "{years} سال با {documents} کار کردم."};
    private static final String[][] SLOTS_EN = {
            {"event", "the November 2019 protests", "the autumn 2022 uprising", "Bloody Friday in Zahedan", "the dormitory raid", "what I saw in Evin prison", "the last elections", "the January crackdown"},
            {"order", "fire on people", "arrest students", "guard the prison", "sign false reports", "beat detainees", "follow journalists"},
            {"victims", "students", "the protesters", "the prisoners", "the workers", "the Baluch people", "the women in the street"},
            {"relative", "son", "daughter", "mother", "father", "wife", "brother"},
            {"period", "month", "week", "year", "winter", "summer"},
            {"place", "home", "my brother's house", "an internet cafe", "my office at night"},
            {"country", "Turkey", "Armenia", "Iraq", "Georgia", "the Emirates"},
            {"reason", "a pilgrimage", "medical treatment", "a family visit", "a training course"},
            {"documents", "payroll lists", "operation orders", "detention records", "communication logs", "budget files", "personnel files"},
            {"kids", "my two children", "my three children", "my son", "my daughter", "our children"}};
    private static final String[][] SLOTS_FA = {
            {"event", "آبان ۹۸", "پاییز ۱۴۰۱", "زاهدان", "کوی دانشگاه", "زندان اوین", "انتخابات گذشته", "سرکوب دی‌ماه"},
            {"order", "به مردم شلیک کنم", "دانشجوها را بازداشت کنم", "از زندان نگهبانی کنم", "گزارش دروغ امضا کنم", "بازداشتی‌ها را بزنم", "روزنامه‌نگاران را تعقیب کنم"},
            {"victims", "دانشجوها", "معترضان", "زندانیان", "کارگران", "مردم بلوچ", "زنان در خیابان"},
            {"relative", "پسر", "دختر", "مادر", "پدر", "همسر", "برادر"},
            {"period", "ماه", "هفته", "سال", "زمستان", "تابستان"},
            {"place", "خانه", "خانه برادرم", "کافی‌نت", "دفترم در شب"},
            {"country", "ترکیه", "ارمنستان", "عراق", "گرجستان", "امارات"},
            {"reason", "زیارت", "درمان", "دیدار خانوادگی", "دوره آموزشی"},
            {"documents", "لیست حقوق", "دستورهای عملیاتی", "پرونده‌های بازداشت", "گزارش‌های مخابراتی", "پرونده‌های بودجه", "پرونده‌های پرسنلی"},
            {"kids", "دو فرزندم", "سه فرزندم", "پسرم", "دخترم", "بچه‌هایمان"}};

    private Texts() {
    }

    /** A narrative of one to five sentences, or one line; {@code unit} and {@code years} as the person would mention them. */
    static String narrative(boolean persian, String unit, int years, int joinYear, Random random, boolean oneLine) {
        String[][] kinds = persian ? FA : EN;
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
        Collections.shuffle(order, random);
        int count = oneLine ? 1 : 1 + random.nextInt(5);
        if (!oneLine && unit != null) {
            order.remove(Integer.valueOf(0));
            order.add(0, 0);
        }
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < count; k++) {
            String[] variants = kinds[order.get(k)];
            String sentence = variants[random.nextInt(variants.length)];
            out.append(out.length() == 0 ? "" : " ").append(fill(sentence, persian, unit, years, joinYear, random));
        }
        return out.toString();
    }

    /** What the person knows or can bring; one or two sentences. */
    static String access(boolean persian, String unit, int years, Random random) {
        String[] variants = persian ? ACCESS_FA : ACCESS_EN;
        String text = fill(variants[random.nextInt(variants.length)], persian, unit, years, 0, random);
        return random.nextDouble() < 0.3 ? text + " " + fill(variants[random.nextInt(variants.length)], persian, unit, years, 0, random) : text;
    }

    static String fill(String sentence, boolean persian, String unit, int years, int joinYear, Random random) {
        String out = sentence.replace("{unit}", unit == null ? (persian ? "یگانم" : "my unit") : unit)
                .replace("{years}", persian ? Spelling.digits(String.valueOf(years), 1) : String.valueOf(years))
                .replace("{join}", persian ? Spelling.digits(String.valueOf(joinYear - 621), 1) : String.valueOf(joinYear))
                .replace("{n}", persian ? Spelling.digits(String.valueOf(2 + random.nextInt(6)), 1) : String.valueOf(2 + random.nextInt(6)));
        for (String[] slot : persian ? SLOTS_FA : SLOTS_EN) {
            String key = "{" + slot[0] + "}";
            while (out.contains(key)) {
                out = out.replaceFirst(java.util.regex.Pattern.quote(key), java.util.regex.Matcher.quoteReplacement(slot[1 + random.nextInt(slot.length - 1)]));
            }
        }
        return out;
    }
}
