package org.safepassage.desk.search;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safepassage.core.text.Digits;

/**
 * What the one search box was given, read the way a case officer means it: a registration id or the
 * start of one ({@code r-3fa2…}, or its hex alone; a partner's list's {@code tv-p-1…}), a submitter thread's handle (the 8 hex digits
 * the pages show), a case ({@code C-00042} or {@code 42}), a national ID (10 digits, in any script)
 * or a name in either script. A name or a national ID is a masked field: searching by one is audited.
 */
public record SearchText(Kind kind, String typed, String value, List<String> skeletons, String folded) {

    public enum Kind {
        /** Nothing typed. */
        NONE,
        /** A registration id, or the start of one (with its kind letter). */
        REGISTRATION_ID,
        /** The id of a registration from a partner's list ({@code tv-p-1}), or the start of one: with a digit, as names have none. */
        LIST_ID,
        /** Hex digits: the start of a registration id's hex or of a thread tag. */
        HEX,
        /** A case number. */
        CASE,
        /** A national ID: a masked field. */
        NATIONAL_ID,
        /** A name: a masked field, looked up by its keys. */
        NAME,
        /** Text that reduces to nothing a name could be (punctuation, a lone vowel). */
        UNUSABLE
    }

    private static final Pattern REGISTRATION_ID = Pattern.compile("[rpf]-[0-9a-f]{2,64}");
    /** A list's name (2 to 20 small letters, digits or dashes), a dash, and the start of an id in the list holding a digit. */
    private static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,19}-[A-Za-z0-9._-]*[0-9][A-Za-z0-9._-]*");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{6,64}");
    private static final Pattern CASE = Pattern.compile("c-?0*(\\d{1,9})|0*(\\d{1,9})");
    private static final Pattern NATIONAL_ID = Pattern.compile("\\d{3}[- ]?\\d{6}[- ]?\\d");
    public static final int MAX_LENGTH = 200;

    public static SearchText parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new SearchText(Kind.NONE, "", "", List.of(), "");
        }
        String typed = raw.strip();
        if (typed.length() > MAX_LENGTH) {
            typed = typed.substring(0, MAX_LENGTH);
        }
        String ascii = Digits.toAscii(typed).toLowerCase(Locale.ROOT);
        if (REGISTRATION_ID.matcher(ascii).matches()) {
            return new SearchText(Kind.REGISTRATION_ID, typed, ascii, List.of(), "");
        }
        if (NATIONAL_ID.matcher(ascii).matches()) {
            return new SearchText(Kind.NATIONAL_ID, typed, ascii.replaceAll("[^0-9]", ""), List.of(), "");
        }
        Matcher caseNumber = CASE.matcher(ascii);
        if (caseNumber.matches()) {
            String digits = caseNumber.group(1) != null ? caseNumber.group(1) : caseNumber.group(2);
            return new SearchText(Kind.CASE, typed, digits, List.of(), "");
        }
        String asTyped = Digits.toAscii(typed);
        if (LIST_ID.matcher(asTyped).matches() && asTyped.length() <= 80) {
            return new SearchText(Kind.LIST_ID, typed, asTyped, List.of(), "");
        }
        if (HEX.matcher(ascii).matches() && ascii.chars().anyMatch(Character::isDigit)) {
            return new SearchText(Kind.HEX, typed, ascii, List.of(), "");
        }
        List<String> skeletons = SearchKeys.skeletonsOf(typed);
        if (skeletons.isEmpty()) {
            return new SearchText(Kind.UNUSABLE, typed, "", List.of(), "");
        }
        return new SearchText(Kind.NAME, typed, "", skeletons, SearchKeys.foldedOf(typed));
    }

    /**
     * This search as the registration queue reads it: a case number means nothing there, so digits
     * long enough to be the start of a thread handle or of an id's hex are read as that (a handle's
     * first eight characters are all digits about once in forty).
     */
    public SearchText inQueue() {
        String ascii = Digits.toAscii(typed).toLowerCase(Locale.ROOT);
        return kind == Kind.CASE && HEX.matcher(ascii).matches() ? new SearchText(Kind.HEX, typed, ascii, List.of(), "") : this;
    }

    public boolean present() {
        return kind != Kind.NONE;
    }

    /** Whether this search looks into a field that stays masked on the pages (and is audited). */
    public boolean searchesMaskedField() {
        return kind == Kind.NAME || kind == Kind.NATIONAL_ID;
    }

    /** Letters only, as hex, could be the start of a thread handle too ("abcdef12" has digits, "abcdefab" not). */
    public boolean couldAlsoBeHex() {
        return kind == Kind.NAME && HEX.matcher(Digits.toAscii(typed).toLowerCase(Locale.ROOT)).matches();
    }

    /** For the audit: what kind of search, never the name or number typed. */
    public String auditKind() {
        return kind == Kind.NATIONAL_ID ? "national ID" : "name";
    }
}
