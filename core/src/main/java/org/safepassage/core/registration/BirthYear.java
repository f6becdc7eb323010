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
}
