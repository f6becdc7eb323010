package org.safepassage.core.registration;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The digits of a national ID as text holds them (its digits already ASCII): spaces, dashes,
 * joiners and direction marks between them left out, and the text's one number taken, a fraction
 * of zeros after it left out (1234567891.0, a label before it as in "کد ملی: 1234567891" or
 * "No. 1234567891", Excel's '1234567891 and ="1234567891").
 */
final class WrittenNationalId {

    /** What a national ID is written with between its digits: spaces, dashes, joiners and direction marks. */
    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s\\-\u200c\u200f\u200e]");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+");

    private WrittenNationalId() {
    }

    /** The digits of the one number the text holds; null when it holds none or more than one. */
    static String digits(String text) {
        return soleNumber(ID_SEPARATORS.matcher(text).replaceAll(""));
    }

    /** The one run of ASCII digits in the text, a fraction of zeros after it left out; null when there is none or more than one. */
    private static String soleNumber(String text) {
        Matcher runs = DIGIT_RUN.matcher(FieldReader.ZERO_FRACTION.matcher(text).replaceFirst(""));
        if (!runs.find()) {
            return null;
        }
        String number = runs.group();
        return runs.find() ? null : number;
    }
}
