package org.safepassage.core.registration;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.safepassage.core.text.Digits;

/**
 * An instant as ISO-8601 or RFC 3339 writes it: date and time apart by a T or a space (as
 * databases export them), letters in either case, digits in any script, at UTC (Z, or UTC or GMT
 * by name) or at an offset; or as mail and the web write a time (RFC 1123). A time without a zone
 * is no instant (Tehran is UTC+03:30) unless whoever sent it says the zone of its list's times.
 */
final class WrittenInstant {

    /**
     * A date and time at an offset written any way ISO 8601 allows: Z, +03:30, +0330 (the basic
     * form, as strftime's %z writes it) or +03; seconds and their fraction optional.
     */
    private static final DateTimeFormatter ISO_AT_ANY_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter(Locale.ROOT);
    /** Spaces between a time and its zone: 09:00:00 +03:30, 09:00:00 Z. */
    private static final Pattern ZONE_APART = Pattern.compile("(?<=[0-9])\\s+(?=([+-][0-9]{2}(:?[0-9]{2})?|Z)$)");
    /** UTC or GMT by name after the time (already upper case): the zero offset. */
    private static final Pattern UTC_BY_NAME = Pattern.compile("(?<=[0-9])\\s*(UTC|GMT)$");
    /** A date, one space, a time: RFC 3339's readable form of 2026-01-14T09:00:00Z. */
    private static final Pattern DATE_AND_TIME_APART = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

    private WrittenInstant() {
    }

    /** The instant the text writes; a text that writes none is refused with {@link DateTimeParseException}. */
    static Instant read(String written) {
        Instant canonical = canonical(written);
        if (canonical != null) {
            return canonical;
        }
        try {
            return ISO_AT_ANY_OFFSET.parse(asIso(written), OffsetDateTime::from).toInstant();
        } catch (DateTimeParseException e) {
            // as mail and the web write a time: Wed, 14 Jan 2026 09:00:00 GMT
            return OffsetDateTime.parse(written, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        }
    }

    /**
     * The instant as the intake writes it (2026-01-14T09:00:00Z, ASCII digits, at UTC to the
     * second), read field by field: a million registrations each write one, and the formatter
     * behind {@link Instant#parse} took a tenth of reading them. Null when the text is not so
     * written; what the fields cannot make alone (24:00:00, a leap second, a 13th month) is
     * {@link Instant#parse}'s to read or refuse, as before.
     */
    private static Instant canonical(String written) {
        if (written.length() != 20 || written.charAt(4) != '-' || written.charAt(7) != '-' || written.charAt(10) != 'T'
                || written.charAt(13) != ':' || written.charAt(16) != ':' || written.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(written, 0, 4);
        int month = digits(written, 5, 7);
        int day = digits(written, 8, 10);
        int hour = digits(written, 11, 13);
        int minute = digits(written, 14, 16);
        int second = digits(written, 17, 19);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException notPlain) {
            return Instant.parse(written); // 24:00:00, a leap second's 60, or no such date: the formatter's rules
        }
    }

    /** The number the ASCII digits from {@code start} to {@code end} write; −1 when one is not an ASCII digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * As {@link #read(String)}, a date and time written without a zone read at {@code localTimes}
     * (a date alone is still refused: its hour is not known).
     */
    static Instant read(String written, ZoneId localTimes) {
        try {
            return read(written);
        } catch (DateTimeParseException refused) {
            try {
                return LocalDateTime.parse(asIso(written), DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(localTimes).toInstant();
            } catch (DateTimeParseException notLocal) {
                throw refused;
            }
        }
    }

    /**
     * Why a text that {@link #read} refuses writes no instant, so that whoever sends it can mend it:
     * a date and time without a zone (how a database exports a local time), or a date alone. Said
     * without the text itself, so that refusals are counted by cause.
     */
    static String refusal(String written) {
        String text = asIso(written);
        if (parses(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)) {
            return RegistrationParser.NO_TIME_ZONE + ": add Z if the time is at UTC (2026-01-14T09:00:00Z), or its offset (2026-01-14T12:30:00+03:30); "
                    + "or say the zone of the list's times (--local-times-at)";
        }
        if (parses(text, DateTimeFormatter.ISO_LOCAL_DATE)) {
            return "is a date without a time: the time of arrival needs its hour and zone, as in 2026-01-14T09:00:00Z";
        }
        return "must be an ISO-8601 UTC instant such as 2026-01-14T09:00:00Z";
    }

    /** The text as ISO 8601 writes it: digits ASCII, letters upper case, a T between date and time, the zone next to the time. */
    private static String asIso(String written) {
        String text = DATE_AND_TIME_APART.matcher(Digits.toAscii(written).toUpperCase(Locale.ROOT)).replaceFirst("$1T$2");
        return UTC_BY_NAME.matcher(ZONE_APART.matcher(text).replaceFirst("")).replaceFirst("Z");
    }

    private static boolean parses(String text, DateTimeFormatter format) {
        try {
            format.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
