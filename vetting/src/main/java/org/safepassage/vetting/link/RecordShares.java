package org.safepassage.vetting.link;

/**
 * How common each value of a record is among all records (the u of agreeing on it), as linking
 * reads it on every comparison: looked up as the records come ({@link FieldFrequencies}), or
 * worked out once for every record of a batch ({@link FrozenShares}).
 */
public interface RecordShares {

    double given(PersonRecord record);

    double family(PersonRecord record);

    double father(PersonRecord record);

    /** The given name's skeleton as either a given or a family name, whichever is commoner: names read the other way round. */
    double givenAsEither(PersonRecord record);

    /** The family name's skeleton as either a given or a family name, whichever is commoner. */
    double familyAsEither(PersonRecord record);

    double organization(PersonRecord record);

    double place(PersonRecord record);

    double unit(PersonRecord record);

    double rank(PersonRecord record);

    double position(PersonRecord record);

    double serviceYears(PersonRecord record);

    double branch(PersonRecord record);

    double province(PersonRecord record);

    /** How likely another person's narrative is to be the record's, word for word. */
    double words(PersonRecord record);
}
