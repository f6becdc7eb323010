package org.safepassage.core.registration;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.safepassage.core.text.Remembered;

/**
 * The language of a registration's form as lists write it: a BCP 47 tag in any letter case (fa,
 * FA, fa_IR), or a language named rather than tagged (Farsi, فارسی, Persian/Farsi, English (US)).
 */
final class WrittenLanguage {

    /**
     * A language named rather than tagged, as lists write it: its tag. Iran's languages and its
     * neighbours' by their English and Persian names (ترکی, as Iran says it, is Azerbaijani; Turkish
     * is Turkey's), and the three-letter codes whose tag has two (fas, per: fa).
     */
    private static final ListWords<String> LANGUAGE_NAMES = new ListWords<String>()
            .add("fa", "persian", "farsi", "فارسی", "parsi", "پارسی", "fas", "per")
            .add("en", "english", "انگلیسی", "eng")
            .add("az", "azerbaijani", "azeri", "آذری", "ترکی", "ترکی آذربایجانی", "ترکی آذری", "torki", "aze")
            .add("ku", "kurdish", "کردی", "kurdi", "kur")
            .add("ckb", "sorani", "سورانی")
            .add("kmr", "kurmanji", "کرمانجی")
            .add("ar", "arabic", "عربی", "ara")
            .add("bal", "balochi", "baluchi", "بلوچی")
            .add("glk", "gilaki", "گیلکی")
            .add("mzn", "mazandarani", "مازندرانی")
            .add("lrc", "luri", "lori", "لری")
            .add("tk", "turkmen", "ترکمنی")
            .add("hy", "armenian", "ارمنی")
            .add("tr", "turkish")
            .add("ps", "pashto", "پشتو");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");
    /** A file writes its forms' language a few ways over and over (fa, en, Farsi): each read once. */
    private static final Remembered<String> TAGS = new Remembered<>(WrittenLanguage::read, 1_000);

    private WrittenLanguage() {
    }

    /** The tag the text names or writes; empty when it is neither a language's name nor a tag. */
    static Optional<String> tag(String written) {
        return Optional.ofNullable(TAGS.get(written));
    }

    private static String read(String written) {
        String language = LANGUAGE_NAMES.read(written).or(() -> LANGUAGE_NAMES.soleWithin(written))
                .orElse(written.toLowerCase(Locale.ROOT).replace('_', '-'));
        return LANGUAGE_TAG.matcher(language).matches() ? language : null;
    }
}
