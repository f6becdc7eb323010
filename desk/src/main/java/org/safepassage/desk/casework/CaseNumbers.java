package org.safepassage.desk.casework;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.text.Digits;

/** Reads a case number as people type it: C-00042, c42, 42, or in Persian digits. */
public final class CaseNumbers {

    private static final Pattern CASE = Pattern.compile("(?:c-?)?0*(\\d{1,12})");

    private CaseNumbers() {
    }

    public static Optional<Long> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher matcher = CASE.matcher(Digits.toAscii(typed.strip()).toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long number = Long.parseLong(matcher.group(1));
        return number > 0 ? Optional.of(number) : Optional.empty();
    }
}
