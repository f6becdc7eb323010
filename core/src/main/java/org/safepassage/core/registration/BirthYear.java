package org.safepassage.core.registration;

/**
 * Birth years arrive in the Solar Hijri calendar (what Iranian documents use) or Gregorian; the
 * record holds Gregorian. A Solar Hijri year starts in March, so {@code SH + 621} is right for
 * most of the year and one too low for the last days of December: vetting allows ±1.
 */
public final class BirthYear {

    public static final int SOLAR_HIJRI_OFFSET = 621;
    public static final int EARLIEST_SOLAR_HIJRI = RegistrationParser.EARLIEST_BIRTH_YEAR - SOLAR_HIJRI_OFFSET;
    public static final int LATEST_SOLAR_HIJRI = RegistrationParser.LATEST_BIRTH_YEAR - SOLAR_HIJRI_OFFSET;

    private BirthYear() {
    }

    public static int fromSolarHijri(int solarHijriYear) {
        return solarHijriYear + SOLAR_HIJRI_OFFSET;
    }

    /**
     * A year as typed, in Gregorian, whichever calendar the form had chosen: the two calendars' birth
     * years do not overlap (Solar Hijri {@value #EARLIEST_SOLAR_HIJRI}–1409, Gregorian 1900–2030),
     * so 1985 typed under the default Solar Hijri can only be Gregorian, and 1362 under Gregorian only
     * Solar Hijri. Empty when the year is in neither.
     */
    public static java.util.Optional<Integer> gregorian(int typed) {
        if (typed >= EARLIEST_SOLAR_HIJRI && typed <= LATEST_SOLAR_HIJRI) {
            return java.util.Optional.of(fromSolarHijri(typed));
        }
        if (typed >= RegistrationParser.EARLIEST_BIRTH_YEAR && typed <= RegistrationParser.LATEST_BIRTH_YEAR) {
            return java.util.Optional.of(typed);
        }
        return java.util.Optional.empty();
    }
}
