package org.safepassage.vetting.link.compare;

import static org.safepassage.vetting.link.LinkageModel.Field.BIRTH_PLACE;
import static org.safepassage.vetting.link.LinkageModel.Field.FAMILY;
import static org.safepassage.vetting.link.LinkageModel.Field.NATIONAL_ID;
import static org.safepassage.vetting.link.LinkageModel.Field.PAIR;
import static org.safepassage.vetting.link.compare.Levels.AGE;
import static org.safepassage.vetting.link.compare.Levels.CONFLICT;
import static org.safepassage.vetting.link.compare.Levels.DIFFERS;
import static org.safepassage.vetting.link.compare.Levels.EXACT;
import static org.safepassage.vetting.link.compare.Levels.ONE_SLIP;
import static org.safepassage.vetting.link.compare.Levels.WITHIN;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.safepassage.vetting.consistency.Rank;
import org.safepassage.vetting.link.LinkageModel;
import org.safepassage.vetting.link.PersonRecord;
import org.safepassage.vetting.link.compare.AgreementWeights.Agreeing;

/**
 * Each record's facts other than its names (national ID, birth year and place, family, service,
 * narrative) packed side by side in one array of ints, a cache line a record, so that most pairs of
 * a block are found unable to reach the threshold without reading the records themselves. Linking
 * a million registrations compares 162 million pairs, 85 % of which fail on these facts
 * alone; read from the records, each of them costs a dozen scattered reads of memory. A block's
 * members are packed together again ({@link #of}) before its pairs are compared, so that each
 * member's facts are read from memory once a block rather than once a pair.
 *
 * <p>{@link #ceiling} is the most the field comparisons of {@code PairComparator} (all but the
 * names) can weigh for a pair: exactly what they weigh where the packed facts tell it (the same
 * organisation, unit, rank, post, branch, province, years of service, birth year, narrative), and
 * the most any of a field's levels weighs where they do not (two national IDs whose hashes agree,
 * birth places outside the gazetteer, family lists). It is never less than what the records weigh
 * ({@code CandidateComparisonTest} holds it to that on every blocked pair of both corpora), so that a pair it rules
 * out is one the full comparison would have ruled out too.
 */
public final class FactsAtAGlance {

    private static final int STRIDE = 16;
    private static final int NONE = Integer.MIN_VALUE;

    private static final int BIRTH_YEAR = 0;
    private static final int ORGANIZATION = 1;
    private static final int UNIT = 2;
    private static final int FLAGS = 3;
    private static final int RANK = 4;
    private static final int RANK_LEVEL = 5;
    private static final int POST = 6;
    private static final int BRANCH = 7;
    private static final int PROVINCE = 8;
    private static final int SERVICE_YEARS = 9;
    private static final int NATIONAL_ID_HASH = 10;
    private static final int NARRATIVE_HIGH = 11;
    private static final int NARRATIVE_LOW = 12;
    private static final int PLACE = 13;
    private static final int RELATIVES = 14;
    /** The record's position in the batch: what agreeing weighs for the first of a pair is looked up by it. */
    private static final int BATCH_POSITION = 15;

    private static final int UNIT_NUMBER = 1;
    private static final int CONTRADICTS_ITSELF = 1 << 1;
    private static final int ID_GIVEN = 1 << 2;
    private static final int ID_VALID = 1 << 3;
    private static final int POST_AS_WRITTEN = 1 << 4;
    private static final int BRANCH_AS_WRITTEN = 1 << 5;
    private static final int PROVINCE_AS_WRITTEN = 1 << 6;
    private static final int BIRTH_PLACE_GIVEN = 1 << 7;
    private static final int NARRATIVE = 1 << 8;

    private final int[] facts;
    private final List<PersonRecord> records;
    private final FieldAgreement agreement;
    private final BirthYearComparison birthYears;
    private final ServiceYearsComparison serviceYears;
    private final double idSame;
    private final double idSlip;
    private final double idDiffers;
    private final double idConflict;
    private final double idUnsure;
    private final double placeDiffers;
    private final double placeUnsure;
    private final double relativeSame;
    private final double familyAtMostBesideMatches;
    private final double organizationDiffers;
    private final double unitDiffers;
    private final double rankNear;
    private final double rankDiffers;
    private final double postDiffers;
    private final double branchDiffers;
    private final double provinceDiffers;
    private final double oneSidedContradiction;
    private final double privateConflictAtMost;

    /**
     * The facts of {@code records}, weighed as {@code model} and {@code agreement} weigh them; years
     * apart weighed by the comparisons of birth years and years of service themselves.
     */
    public FactsAtAGlance(List<PersonRecord> records, FieldAgreement agreement, LinkageModel model,
                          BirthYearComparison birthYears, ServiceYearsComparison serviceYears) {
        this.records = records;
        this.agreement = agreement;
        this.birthYears = birthYears;
        this.serviceYears = serviceYears;
        idSame = model.value(NATIONAL_ID, EXACT);
        idSlip = model.value(NATIONAL_ID, ONE_SLIP);
        idDiffers = model.value(NATIONAL_ID, DIFFERS);
        idConflict = model.value(NATIONAL_ID, CONFLICT);
        idUnsure = Math.max(Math.max(idSame, idSlip), Math.max(idDiffers, idConflict));
        placeDiffers = model.value(BIRTH_PLACE, DIFFERS);
        placeUnsure = Math.max(Math.max(model.value(BIRTH_PLACE, ONE_SLIP), model.value(BIRTH_PLACE, WITHIN)), placeDiffers);
        relativeSame = model.value(FAMILY, EXACT);
        familyAtMostBesideMatches = Math.max(0, model.value(FAMILY, AGE)) + Math.max(0, model.value(FAMILY, DIFFERS))
                + Math.max(0, model.value(FAMILY, CONFLICT));
        organizationDiffers = model.value(LinkageModel.Field.ORGANIZATION, DIFFERS);
        unitDiffers = model.value(LinkageModel.Field.UNIT, DIFFERS);
        rankNear = model.value(LinkageModel.Field.RANK, Levels.NEAR);
        rankDiffers = model.value(LinkageModel.Field.RANK, DIFFERS);
        postDiffers = model.value(LinkageModel.Field.POSITION, DIFFERS);
        branchDiffers = model.value(LinkageModel.Field.BRANCH, DIFFERS);
        provinceDiffers = model.value(LinkageModel.Field.PROVINCE, DIFFERS);
        oneSidedContradiction = model.value(PAIR, "oneSidedContradiction");
        privateConflictAtMost = Math.max(0, model.value(PAIR, "privateConflict"));
        facts = new int[records.size() * STRIDE];
        Map<String, Integer> texts = new HashMap<>();
        Map<Rank, Integer> ranks = new IdentityHashMap<>();
        // texts and ranks numbered in one pass (equal numbers for equal texts), the rest in parallel
        int[][] numbers = new int[records.size()][];
        for (int i = 0; i < numbers.length; i++) {
            PersonRecord record = records.get(i);
            numbers[i] = new int[] {number(texts, record.organization()), number(texts, record.unitKey()),
                    record.rank() == null ? NONE : ranks.computeIfAbsent(record.rank(), rank -> ranks.size()),
                    number(texts, record.position()), number(texts, record.branch()), number(texts, record.province()),
                    number(texts, record.place())};
        }
        IntStream.range(0, records.size()).parallel().forEach(i -> pack(i, records.get(i), numbers[i]));
    }

    private static int number(Map<String, Integer> texts, String text) {
        return text == null ? NONE : texts.computeIfAbsent(text, t -> texts.size());
    }

    private void pack(int position, PersonRecord record, int[] numbers) {
        int at = position * STRIDE;
        facts[at + BIRTH_YEAR] = record.birthYear() == null ? NONE : record.birthYear();
        facts[at + ORGANIZATION] = numbers[0];
        facts[at + UNIT] = numbers[1];
        facts[at + RANK] = numbers[2];
        facts[at + RANK_LEVEL] = record.rank() == null ? 0 : record.rank().level();
        facts[at + POST] = numbers[3];
        facts[at + BRANCH] = numbers[4];
        facts[at + PROVINCE] = numbers[5];
        facts[at + PLACE] = numbers[6];
        facts[at + SERVICE_YEARS] = record.yearsOfService() == null ? NONE : record.yearsOfService();
        facts[at + NATIONAL_ID_HASH] = record.nationalId() == null ? 0 : record.nationalId().hashCode();
        long text = record.words().text();
        facts[at + NARRATIVE_HIGH] = (int) (text >>> 32);
        facts[at + NARRATIVE_LOW] = (int) text;
        facts[at + RELATIVES] = record.relatives().length;
        facts[at + BATCH_POSITION] = position;
        int flags = 0;
        if (record.unitKey() != null && record.unitNumber() != null && !record.unitNumber().isEmpty()) {
            flags |= UNIT_NUMBER;
        }
        if (record.contradictsItself()) {
            flags |= CONTRADICTS_ITSELF;
        }
        if (record.nationalId() != null) {
            flags |= ID_GIVEN | (record.nationalIdValid() ? ID_VALID : 0);
        }
        if (record.position() != null && PersonRecord.isAsWritten(record.position())) {
            flags |= POST_AS_WRITTEN;
        }
        if (record.branch() != null && PersonRecord.isAsWritten(record.branch())) {
            flags |= BRANCH_AS_WRITTEN;
        }
        if (record.province() != null && PersonRecord.isAsWritten(record.province())) {
            flags |= PROVINCE_AS_WRITTEN;
        }
        if (!record.birthPlace().isEmpty()) {
            flags |= BIRTH_PLACE_GIVEN;
        }
        if (text != 0) {
            flags |= NARRATIVE;
        }
        facts[at + FLAGS] = flags;
    }

    /**
     * The packed facts of a block's members side by side, in the block's order, for
     * {@link #ceiling}. Comparing every pair of a block then reads each member's facts from memory
     * once, instead of once for each other member: a million registrations' facts are twice the
     * processor's last cache, and their blocks hold 8 million members but make 160 million pairs.
     */
    public int[] of(int[] members) {
        int[] packed = new int[members.length * STRIDE];
        for (int i = 0; i < members.length; i++) {
            System.arraycopy(facts, members[i] * STRIDE, packed, i * STRIDE, STRIDE);
        }
        return packed;
    }

    /**
     * The most the comparisons of every field but the names can weigh for members {@code i} (the
     * first of the two compared) and {@code j} of a block whose facts {@link #of} packed, the
     * pair's rules included.
     */
    public double ceiling(int[] packed, int i, int j) {
        return ceilingAt(packed, i * STRIDE, j * STRIDE, records.get(packed[i * STRIDE + BATCH_POSITION]));
    }

    private double ceilingAt(int[] packed, int x, int y, PersonRecord first) {
        int flagsX = packed[x + FLAGS];
        int flagsY = packed[y + FLAGS];
        int yearsApart = yearsApart(packed, BIRTH_YEAR, x, y);
        double total = nationalId(packed, x, y, flagsX, flagsY) + (yearsApart < 0 ? 0 : birthYears.weighApart(yearsApart, first))
                + family(packed, x, y) + birthPlace(packed, first, x, y, flagsX, flagsY);
        int organizationX = packed[x + ORGANIZATION];
        int organizationY = packed[y + ORGANIZATION];
        boolean sameOrganization = organizationX == organizationY;
        if (organizationX != NONE && organizationY != NONE) {
            total += sameOrganization ? agreement.of(Agreeing.ORGANIZATION, first) : organizationDiffers;
        }
        total += unit(packed, first, x, y, flagsX, flagsY, sameOrganization) + rank(packed, first, x, y);
        total += sameOrganization ? table(first, Agreeing.POSITION, packed[x + POST], packed[y + POST],
                (flagsX | flagsY) & POST_AS_WRITTEN, postDiffers) : 0;
        int serviceApart = yearsApart(packed, SERVICE_YEARS, x, y);
        total += serviceApart < 0 ? 0 : serviceYears.weighApart(serviceApart, first);
        total += sameOrganization ? table(first, Agreeing.BRANCH, packed[x + BRANCH], packed[y + BRANCH],
                (flagsX | flagsY) & BRANCH_AS_WRITTEN, branchDiffers) : 0;
        total += table(first, Agreeing.PROVINCE, packed[x + PROVINCE], packed[y + PROVINCE],
                (flagsX | flagsY) & PROVINCE_AS_WRITTEN, provinceDiffers);
        if ((flagsX & NARRATIVE) != 0 && packed[x + NARRATIVE_HIGH] == packed[y + NARRATIVE_HIGH]
                && packed[x + NARRATIVE_LOW] == packed[y + NARRATIVE_LOW]) {
            total += agreement.of(Agreeing.NARRATIVE, first);
        }
        if (((flagsX ^ flagsY) & CONTRADICTS_ITSELF) != 0) {
            total += oneSidedContradiction;
        }
        return total + privateConflictAtMost;
    }

    /** How many years apart two packed counts of years are; −1 when either is not given. */
    private static int yearsApart(int[] packed, int at, int x, int y) {
        int yearX = packed[x + at];
        int yearY = packed[y + at];
        return yearX == NONE || yearY == NONE ? -1 : Math.abs(yearX - yearY);
    }

    private double nationalId(int[] packed, int x, int y, int flagsX, int flagsY) {
        if ((flagsX & flagsY & ID_GIVEN) == 0) {
            return 0;
        }
        if (packed[x + NATIONAL_ID_HASH] == packed[y + NATIONAL_ID_HASH]) {
            return idUnsure; // most likely the same ID, but a hash does not say so
        }
        return (flagsX & flagsY & ID_VALID) != 0 ? idConflict : Math.max(idSlip, idDiffers);
    }

    private double family(int[] packed, int x, int y) {
        int matchedAtMost = Math.min(packed[x + RELATIVES], packed[y + RELATIVES]);
        return matchedAtMost == 0 ? 0 : Math.max(0, matchedAtMost * relativeSame) + familyAtMostBesideMatches;
    }

    private double birthPlace(int[] packed, PersonRecord first, int x, int y, int flagsX, int flagsY) {
        if ((flagsX & flagsY & BIRTH_PLACE_GIVEN) == 0) {
            return 0;
        }
        double same = agreement.of(Agreeing.BIRTH_PLACE, first);
        int placeX = packed[x + PLACE];
        int placeY = packed[y + PLACE];
        if (placeX != NONE && placeY != NONE) {
            return placeX == placeY ? same : placeDiffers; // both cities of the gazetteer
        }
        return Math.max(same, placeUnsure);
    }

    private double unit(int[] packed, PersonRecord first, int x, int y, int flagsX, int flagsY, boolean sameOrganization) {
        int unitX = packed[x + UNIT];
        int unitY = packed[y + UNIT];
        if (unitX == NONE || unitY == NONE || !sameOrganization) {
            return 0;
        }
        if (unitX == unitY) {
            return agreement.of(Agreeing.UNIT, first);
        }
        return (flagsX & flagsY & UNIT_NUMBER) != 0 ? unitDiffers : 0;
    }

    private double rank(int[] packed, PersonRecord first, int x, int y) {
        int rankX = packed[x + RANK];
        int rankY = packed[y + RANK];
        if (rankX == NONE || rankY == NONE) {
            return 0;
        }
        if (rankX == rankY) {
            return agreement.of(Agreeing.RANK, first);
        }
        return Math.abs(packed[x + RANK_LEVEL] - packed[y + RANK_LEVEL]) <= 1 ? rankNear : rankDiffers;
    }

    private double table(PersonRecord first, Agreeing field, int valueX, int valueY, int asWritten, double differs) {
        if (valueX == NONE || valueY == NONE) {
            return 0;
        }
        if (valueX == valueY) {
            return agreement.of(field, first);
        }
        return asWritten != 0 ? 0 : differs;
    }
}
