package org.safepassage.core.registration;

/** Who the registrant says they are; every field optional, any script. Birth year is Gregorian. */
public record Person(String givenName, String familyName, String fatherName, Integer birthYear, String birthPlace,
                     String nationalId) {

    public static final Person ANONYMOUS = new Person(null, null, null, null, null, null);
}
