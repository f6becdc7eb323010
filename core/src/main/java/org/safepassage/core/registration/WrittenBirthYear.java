package org.safepassage.core.registration;

import static org.safepassage.core.registration.RegistrationParser.EARLIEST_BIRTH_YEAR;
import static org.safepassage.core.registration.RegistrationParser.LATEST_BIRTH_YEAR;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birth year as forms and lists write it in text (its digits already ASCII): the year alone, a
 * whole date of birth read for its year (1340/05/12, 1961-08-03, 03.08.1961), a year with the
 * word for its calendar (۱۳۴۰ ه.ش, 1961 AD), and any of them after the words a free field puts
 * before it (متولد ۱۳۶۰, born 1981, DOB: 03.08.1961) or with a word that says it is about right
 * (c. 1961, 1961?, حدود ۱۳۴۰); and the span of one Solar Hijri year in Gregorian years (1961/62)
 * for its earlier year. Which calendar the year is in is {@link BirthYear}'s to say.
 */
final class WrittenBirthYear {

    /** A date with its year first: 1340/05/12, 1961-08-03, 1961-08-03T00:00:00Z. */
    private static final Pattern DATE_YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:[T ].*)?");
    /** A date with its year last: 12/05/1340, 03.08.1961, 08/03/1961. */
    private static final Pattern DATE_YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    /** Four digits and words after them: a year and, perhaps, its calendar. */
    private static final Pattern YEAR_THEN_WORDS = Pattern.compile("(\\d{4})\\s*(\\D+)");
    /** What the word for a calendar is written with besides its letters: spaces, dots, joiners, tatweel (هـ.ش, ه‍.ش). */
    private static final Pattern CALENDAR_WORD_NOISE = Pattern.compile("[\\s.\u200c\u200d\u0640]");
    private static final Set<String> SOLAR_HIJRI_WORDS = Set.of("هش", "ش", "شمسی", "هجریشمسی", "خورشیدی",
            "sh", "ap", "solarhijri");
    private static final Set<String> GREGORIAN_WORDS = Set.of("م", "میلادی", "ad", "ce");
    /**
     * A birth year or date after the words a free field puts before it (متولد, سال تولد, تاریخ تولد,
     * born, b., DOB, year of birth), a colon or dash perhaps between.
     */
    private static final Pattern LABELLED_BIRTH = Pattern.compile("(?:متولد|سال[\\s\u200c]*تولد|تاریخ[\\s\u200c]*تولد|تولد"
            + "|born(?:\\s+in)?|b\\.|dob|d\\.o\\.b\\.|year\\s+of\\s+birth|birth\\s+year|date\\s+of\\s+birth)\\s*[:\\-]?\\s*(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The words that say a number is about right (about, c., approx., ~, حدود, حدوداً, تقریباً), as
     * one alternation of a regular expression; a longer word before the shorter one it opens with
     * (approximately before approx), or a pattern that reads on after it would take the shorter.
     * {@link FieldReader} reads years of service with it too.
     */
    static final String ABOUT = "(?:circa|c\\.|ca\\.|about|around|approximately|approx\\.?|~|حدود[اً]*|تقریب[اً]*)";
    /** A year said to be about right, by a word before it: c. 1961, circa, ~, حدود ۱۳۴۰, تقریباً; or after سال (year). */
    private static final Pattern APPROXIMATE_BEFORE = Pattern.compile("(?:" + ABOUT + "|سال|year)\\s*[:\\-]?\\s*(.+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A year said to be about right after it: 1961?, 1961 (approx.), ۱۳۴۰ حدوداً. */
    private static final Pattern APPROXIMATE_AFTER = Pattern.compile("(.+?)\\s*(?:\\?+|\\(?\\s*" + ABOUT + "\\s*\\)?)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * Two years one after the other, as the span of one Solar Hijri year is written in Gregorian
     * years (1961/62, 1961-1962) or the other way round (1340/41): the earlier, which is the one
     * the Solar Hijri year's conversion gives. Two years offered as alternatives (1961 or 1962) are
     * not read.
     */
    private static final Pattern SPAN_OF_ONE_YEAR = Pattern.compile("(\\d{4})\\s*[/\\-–]\\s*(\\d{2}|\\d{4})");

    private WrittenBirthYear() {
    }

    /** The year the text gives, as written; empty when it gives none, or two, or is too long to be one. */
    static Optional<Long> in(String text) {
        if (text.length() > FieldReader.LONGEST_WRITTEN_NUMBER) {
            return Optional.empty();
        }
        return yearOf(text)
                // a label before it, as a free field gets one: متولد ۱۳۶۰, born 1981, DOB: 03.08.1961
                .or(() -> inPart(LABELLED_BIRTH, text))
                .or(() -> inPart(APPROXIMATE_BEFORE, text))
                .or(() -> inPart(APPROXIMATE_AFTER, text))
                .or(() -> earlierOfOneYearsSpan(text));
    }

    /** The year in the part of the text the pattern's first group takes, when the pattern matches it all. */
    private static Optional<Long> inPart(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() && matcher.group(1).strip().length() < text.length() ? in(matcher.group(1).strip()) : Optional.empty();
    }

    private static Optional<Long> earlierOfOneYearsSpan(String text) {
        Matcher span = SPAN_OF_ONE_YEAR.matcher(text);
        if (!span.matches()) {
            return Optional.empty();
        }
        long first = Long.parseLong(span.group(1));
        long second = Long.parseLong(span.group(2));
        boolean next = span.group(2).length() == 4 ? second == first + 1 : second == (first + 1) % 100;
        return next ? Optional.of(first) : Optional.empty();
    }

    /** A year as digits alone, as a date, or with its calendar's word; ASCII digits already. */
    private static Optional<Long> yearOf(String text) {
        return (FieldReader.WHOLE_NUMBER.matcher(text).matches() ? Optional.of(Long.parseLong(text)) : Optional.<Long>empty())
                .or(() -> yearOfDate(text)).or(() -> yearOfCalendar(text));
    }

    /**
     * The year of a date written with its year first (1340/05/12, 1961-08-03, also with a time
     * after it, as a database exports a date) or last (12/05/1340, 03.08.1961 or the American
     * 08/03/1961); only when the other two parts can be a month and a day.
     */
    private static Optional<Long> yearOfDate(String text) {
        Matcher yearFirst = DATE_YEAR_FIRST.matcher(text);
        if (yearFirst.matches() && isMonth(yearFirst.group(3)) && isDay(yearFirst.group(4))) {
            return Optional.of(Long.parseLong(yearFirst.group(1)));
        }
        Matcher yearLast = DATE_YEAR_LAST.matcher(text);
        if (yearLast.matches() && isDay(yearLast.group(1)) && isDay(yearLast.group(3))
                && (isMonth(yearLast.group(1)) || isMonth(yearLast.group(3)))) {
            return Optional.of(Long.parseLong(yearLast.group(4)));
        }
        return Optional.empty();
    }

    /**
     * A year with the word for its calendar after it, as Persian writes one: ۱۳۴۰ ه.ش, 1340
     * شمسی, 1961 میلادی, 1961 AD; only when the year is one of that calendar's birth years. A
     * lunar Hijri year (۱۴۰۰ ق) is not read: its years overlap the Solar Hijri ones.
     */
    private static Optional<Long> yearOfCalendar(String text) {
        Matcher marked = YEAR_THEN_WORDS.matcher(text);
        if (!marked.matches()) {
            return Optional.empty();
        }
        long year = Long.parseLong(marked.group(1));
        String calendar = CALENDAR_WORD_NOISE.matcher(marked.group(2).toLowerCase(Locale.ROOT)).replaceAll("");
        boolean solarHijri = SOLAR_HIJRI_WORDS.contains(calendar)
                && year >= BirthYear.EARLIEST_SOLAR_HIJRI && year <= BirthYear.LATEST_SOLAR_HIJRI;
        boolean gregorian = GREGORIAN_WORDS.contains(calendar) && year >= EARLIEST_BIRTH_YEAR && year <= LATEST_BIRTH_YEAR;
        return solarHijri || gregorian ? Optional.of(year) : Optional.empty();
    }

    private static boolean isMonth(String digits) {
        int month = Integer.parseInt(digits);
        return month >= 1 && month <= 12;
    }

    private static boolean isDay(String digits) {
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31;
    }
}
