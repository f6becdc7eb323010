package org.safepassage.vetting.names;

/**
 * A whole name typed into one field of a form, the other left blank: "Ali Karimi" or "علی کریمی"
 * as the given name, "Karimi, Ali" as either. Read as a given name and a family name: after a
 * comma the given name, otherwise the last word the family name. A name of one word, or a name
 * given in both fields, has no such reading; a compound given name alone (محمد رضا) has one, and
 * linking keeps whichever reading agrees better. Without a comma the name may also be written
 * family name first, as lists sorted by family name write it (Karimi Ali, کریمی علی): that is its
 * other reading, the first word the family name. A family name made of a name and an ending
 * written apart (محمدی نژاد, Bahman Khani, قلی زاده) is two words: when the word after the family
 * name's first word is such an ending, the family name is both; such a family name alone (ولی پور)
 * has no reading.
 */
public final class FullNameInOneField {

    /** A name read as given and family name. */
    public record Reading(String given, String family) {
    }

    private FullNameInOneField() {
    }

    /**
     * The reading of a name typed into one field; null when both or neither field is filled, or it
     * is one word, or a family name written apart from its ending.
     */
    public static Reading read(String given, String family) {
        boolean hasGiven = given != null && !given.isBlank();
        boolean hasFamily = family != null && !family.isBlank();
        if (hasGiven == hasFamily) {
            return null;
        }
        String whole = (hasGiven ? given : family).strip();
        int comma = whole.indexOf(',');
        if (comma < 0) {
            comma = whole.indexOf('،'); // the Arabic comma
        }
        if (comma > 0 && comma < whole.length() - 1) {
            String before = whole.substring(0, comma).strip();
            String after = whole.substring(comma + 1).strip();
            return before.isEmpty() || after.isEmpty() ? null : new Reading(after, before);
        }
        int lastSpace = whole.lastIndexOf(' ');
        if (lastSpace <= 0) {
            return null;
        }
        if (RepeatedName.isFamilyNameEnding(whole.substring(lastSpace + 1))) {
            int before = whole.lastIndexOf(' ', lastSpace - 1);
            if (before <= 0) {
                return null; // ولی پور: a family name written apart, no given name
            }
            lastSpace = before; // ابوالفضل محمدی نژاد: the family name is محمدی نژاد
        }
        return new Reading(whole.substring(0, lastSpace).strip(), whole.substring(lastSpace + 1).strip());
    }

    /**
     * The other reading of a name typed into one field without a comma: family name first, the
     * first word the family name and the rest the given name; null when {@link #read} has none or
     * the name has a comma, which says which part is which.
     */
    public static Reading readFamilyFirst(String given, String family) {
        if (read(given, family) == null) {
            return null;
        }
        String whole = (given != null && !given.isBlank() ? given : family).strip();
        if (whole.indexOf(',') >= 0 || whole.indexOf('،') >= 0) {
            return null;
        }
        int firstSpace = whole.indexOf(' ');
        int second = whole.indexOf(' ', firstSpace + 1);
        if (second > 0 && RepeatedName.isFamilyNameEnding(whole.substring(firstSpace + 1, second))) {
            firstSpace = second; // قلی زاده جمشید: the family name is قلی زاده
        }
        return new Reading(whole.substring(firstSpace + 1).strip(), whole.substring(0, firstSpace).strip());
    }
}
