package org.safepassage.vetting.names;

import java.util.Objects;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Service;

/**
 * A registration's text as a reader takes it, which is what vetting compares: without the characters
 * that show nothing (right-to-left and left-to-right marks that phones and copied text carry,
 * zero-width spaces, soft hyphens, byte-order marks: Unicode's format characters, but for the
 * zero-width non-joiner and joiner that Persian spelling writes), without tatweel, the stretching
 * stroke that only lengthens a word, and without the short-vowel marks (harakat, shadda) that
 * Persian writes on a name now and then, so that سیّد is سید; every kind of space (no-break, thin, ideographic) an ordinary
 * space, and a field's spaces in a row one; a name or a place written in both scripts (علی (Ali)) is
 * the one name it is ({@link BothScripts}). The registration itself is kept as it came; only what
 * vetting reads of it is this.
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The registration with its text fields as they show; the same object when nothing changes. */
    public static Registration of(Registration registration) {
        Person person = registration.person();
        Person seen = person == null ? null : new Person(name(person.givenName()), name(person.familyName()),
                name(person.fatherName()), person.birthYear(), name(person.birthPlace()), field(person.nationalId()));
        Service service = registration.service();
        Service served = service == null ? null : new Service(service.organization(), field(service.branch()),
                field(service.unit()), field(service.rank()), field(service.position()), service.yearsOfService(),
                field(service.province()));
        String access = text(registration.access());
        String narrative = text(registration.narrative());
        if (Objects.equals(seen, person) && Objects.equals(served, service) && Objects.equals(access, registration.access())
                && Objects.equals(narrative, registration.narrative())) {
            return registration;
        }
        return new Registration(registration.schema(), registration.id(), registration.receivedAt(), registration.channel(),
                registration.language(), seen, served, registration.family(), access, narrative, registration.urgency(),
                registration.attachments());
    }

    /**
     * A short field (a name, a place, a rank) as it shows: invisible characters out, spaces of any
     * kind one ordinary space, none at either end; null when nothing visible is left (blank is absent).
     */
    public static String field(String value) {
        if (value == null || isPlain(value, true)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** A name or a place as it shows ({@link #field}), and as one name when written in both scripts ({@link BothScripts}). */
    private static String name(String value) {
        return BothScripts.persianOf(field(value));
    }

    /** Free text as it shows: invisible characters out, spaces of any kind an ordinary space, line breaks kept. */
    public static String text(String value) {
        if (value == null || isPlain(value, false)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!isInvisible(c)) {
                out.append(Character.isSpaceChar(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** Whether the text is already as it shows (the common case, checked without copying). */
    private static boolean isPlain(String value, boolean field) {
        char previous = ' ';
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                if (field && (c == ' ' && previous == ' ' || c < ' ')) {
                    return false;
                }
            } else if (!isPersianLetter(c) && (isInvisible(c) || Character.isSpaceChar(c))) {
                return false;
            }
            previous = c;
        }
        return !field || previous != ' ';
    }

    /** A letter of the Arabic block's Persian range, which is neither invisible nor a space: most of a Persian text, told cheaply. */
    private static boolean isPersianLetter(char c) {
        return c >= '\u0621' && c <= '\u063F' || c >= '\u0641' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3';
    }

    /**
     * A character vetting reads as nothing: a format character other than ZWNJ and ZWJ, tatweel, or
     * a short-vowel mark (harakat, shadda, superscript alef), which Persian writes now and then.
     */
    static boolean isInvisible(char c) {
        return PersianNames.isTatweelOrVowelMark(c) || Character.getType(c) == Character.FORMAT && c != '\u200C' && c != '\u200D';
    }
}
