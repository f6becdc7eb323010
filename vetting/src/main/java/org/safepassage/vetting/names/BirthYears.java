package org.safepassage.vetting.names;

import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * Birth years on one calendar. The record format asks for Gregorian years, but a Solar Hijri
 * year slips through now and then (1357 for 1978); such a year is converted with ICU's Persian
 * calendar. A Solar Hijri year spans two Gregorian years, so ±1 is ordinary noise.
 */
public final class BirthYears {

    /** Years below this cannot be Gregorian birth years of living people; they are Solar Hijri. */
    private static final int SOLAR_HIJRI_BELOW = 1500;

    private BirthYears() {
    }

    public static Integer gregorian(Integer year) {
        if (year == null) {
            return null;
        }
        if (year >= SOLAR_HIJRI_BELOW) {
            return year;
        }
        PersianCalendar persian = new PersianCalendar(TimeZone.GMT_ZONE);
        persian.clear();
        persian.set(year, 6, 1); // the middle of the Solar Hijri year (Mehr 1)
        GregorianCalendar gregorian = new GregorianCalendar(TimeZone.GMT_ZONE);
        gregorian.setTimeInMillis(persian.getTimeInMillis());
        return gregorian.get(GregorianCalendar.YEAR);
    }
}
