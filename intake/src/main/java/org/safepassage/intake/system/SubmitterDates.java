package org.safepassage.intake.system;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates as a submitter reads them, in Iran's time zone: on the Persian pages in the Solar Hijri
 * calendar with Persian digits (ICU: "۱۰ آذر ۱۴۰۵"), on the English pages as 2026-12-01. Pages reach
 * it as {@code @dates}. Only days are shown: every time the intake keeps is an hour at most.
 */
@Component("dates")
public class SubmitterDates {

    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");
    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Tehran"));

    public String day(Instant when, Locale locale) {
        if (when == null) {
            return "";
        }
        if (locale != null && "fa".equals(locale.getLanguage())) {
            DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, PERSIAN);
            format.setTimeZone(TEHRAN);
            return format.format(Date.from(when));
        }
        return ISO_DAY.format(when);
    }
}
