package org.safepassage.desk.casework;

/** The terms of an offer as proposed; every field must be stated. */
public record OfferTerms(String amnesty, String relocationCountry, String residency, String support, String familyCovered) {

    /** The first missing term, named for the form, or null when all are there. */
    public String missing() {
        if (blank(amnesty)) {
            return "amnesty assurance";
        }
        if (blank(relocationCountry)) {
            return "relocation country";
        }
        if (blank(residency)) {
            return "residency";
        }
        if (blank(support)) {
            return "support";
        }
        if (blank(familyCovered)) {
            return "family members covered (write \"none\" if the offer covers the person alone)";
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
