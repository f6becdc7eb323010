package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safepassage.core.registration.RegistrationParser;
import org.safepassage.vetting.link.compare.FactsAtAGlance;

/**
 * Linking a batch compares the pairs of every block, skipping the names of a pair that could not
 * reach the threshold whatever its names: every pair that reaches it must weigh exactly what the
 * full comparison says, and the blocks must hold every pair that shares a key.
 */
class CandidateComparisonTest {

    @TempDir
    Path dir;

    @Test
    void aPairThatReachesTheThresholdWeighsWhatTheFullComparisonSaysAndOnlyPairsBelowItAreCutShort() throws IOException {
        List<PersonRecord> records = bothCorpora();
        Tally tally = compareEveryBlock(records, LinkageModel.defaults());

        assertThat(tally.reached).isGreaterThan(1_000);
        assertThat(tally.cutShort).as("pairs whose names were not compared").isGreaterThan(tally.reached);
        assertThat(tally.factsExact).as("pairs the packed facts weigh as the records do").isGreaterThan(tally.cutShort / 2);
    }

    /**
     * The packed facts bound every level a weights file may make count for (a different national
     * ID, birth place, unit, rank, post, branch, province or years of service; family members that
     * conflict): where they cannot tell the level, the most any level weighs.
     */
    @Test
    void thePackedFactsBoundAModelThatMakesWhatDiffersCountFor() throws IOException {
        Properties unusual = new Properties();
        for (String level : new String[] {"nationalId.differs", "nationalId.conflict", "birthPlace.differs", "birthPlace.within",
                "birthPlace.oneSlip", "unit.differs", "rank.near", "rank.differs", "position.differs", "branch.differs",
                "province.differs", "yearsOfService.differs", "birthYear.differs", "birthYear.near", "organization.differs",
                "family.differs", "family.conflict", "pair.oneSidedContradiction"}) {
            unusual.setProperty(level, "3");
        }
        unusual.setProperty("family.exact", "-1");
        unusual.setProperty("nationalId.oneSlip", "20");
        Tally tally = compareEveryBlock(bothCorpora(), LinkageModel.defaults().with(unusual, "test"));

        assertThat(tally.reached).isGreaterThan(1_000);
    }

    @Test
    void theBoundHoldsUnderAModelThatMakesDifferentNamesAndCompoundPartsCountFor() throws IOException {
        Properties unusual = new Properties();
        unusual.setProperty("givenName.differs", "3");
        unusual.setProperty("familyName.part", "5");
        unusual.setProperty("fatherName.shortSlip", "4");
        unusual.setProperty("familyName.swapped", "2");
        unusual.setProperty("familyName.oneField", "6");
        unusual.setProperty("pair.privateConflict", "1");
        unusual.setProperty("pair.margin", "-4");
        Tally tally = compareEveryBlock(bothCorpora(), LinkageModel.defaults().with(unusual, "test"));

        assertThat(tally.reached).isGreaterThan(1_000);
    }

    @Test
    void aWholeNameTypedIntoOneFieldIsBoundedWhenItCountsForTheReadingEitherWayRound() throws IOException {
        List<PersonRecord> records = bothCorpora();
        // the same person, a common name and nothing else: in two fields first, then typed into one (and the other way)
        int first = records.size();
        records.add(PersonRecord.of(records.size(), registration("t-1", "\"givenName\":\"Ali\",\"familyName\":\"Mohammadi\"")));
        records.add(PersonRecord.of(records.size(), registration("t-2", "\"givenName\":\"Ali Mohammadi\"")));
        records.add(PersonRecord.of(records.size(), registration("t-3", "\"familyName\":\"Mohammadi, Ali\"")));
        records.add(PersonRecord.of(records.size(), registration("t-4", "\"givenName\":\"Ali\",\"familyName\":\"Mohammadi\"")));
        Properties readingCounts = new Properties();
        readingCounts.setProperty("familyName.oneField", "8");
        LinkageModel model = LinkageModel.defaults().with(readingCounts, "test");
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        PairComparator comparator = new PairComparator(frequencies, new FrozenShares(frequencies, records), model);
        PersonRecord full = records.get(first);
        PersonRecord typedInOne = records.get(first + 1);
        PersonRecord afterAComma = records.get(first + 2);
        PersonRecord fullAgain = records.get(first + 3);
        double threshold = comparator.threshold();

        // reached only through the reading: the names in two fields, as such, do not reach it
        assertThat(comparator.compare(full, typedInOne)).isGreaterThanOrEqualTo(threshold);
        assertThat(comparator.compare(full, fullAgain)).isLessThan(threshold);
        assertThat(comparator.compareIfItMayReach(full, typedInOne, threshold, comparator.namesCeiling(full)))
                .isEqualTo(comparator.compare(full, typedInOne));
        assertThat(comparator.compareIfItMayReach(afterAComma, fullAgain, threshold, comparator.namesCeiling(afterAComma)))
                .isEqualTo(comparator.compare(afterAComma, fullAgain));
        assertThat(compareEveryBlock(records, model).reached).isGreaterThan(1_000);
    }

    private static org.safepassage.core.registration.Registration registration(String id, String names) {
        return RegistrationParser.read("{\"schema\":\"safepassage.registration/1\",\"id\":\"" + id + "\","
                + "\"receivedAt\":\"2026-02-01T00:00:00Z\",\"channel\":\"import\",\"language\":\"en\",\"person\":{" + names
                + "},\"service\":{\"organization\":\"ARTESH\"},\"urgency\":\"medium\"}").registration();
    }

    @Test
    void recordsThatShareAKeyShareABlockAndOversizedBlocksAreLeftToTheOtherKeys() throws IOException {
        List<PersonRecord> records = bothCorpora();
        Blocks blocks = Blocks.of(records);
        Set<Long> inBlocks = new HashSet<>();
        for (int b = 0; b < blocks.count(); b++) {
            int[] members = blocks.members(b);
            assertThat(members.length).isBetween(2, Blocking.MAX_BLOCK);
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    inBlocks.add(Linker.pair(members[i], members[j]));
                }
            }
        }
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (PersonRecord record : records) {
            if (record.named() || record.nationalId() != null) {
                Blocking.keys(record).forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(record.index()));
            }
        }
        int pairs = 0;
        for (var block : byKey.entrySet()) {
            List<Integer> members = block.getValue();
            if (members.size() > Blocking.maxBlock(block.getKey())) {
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    assertThat(inBlocks).as(block.getKey()).contains(Linker.pair(members.get(i), members.get(j)));
                    pairs++;
                }
            }
        }
        assertThat(pairs).isGreaterThan(10_000);
    }

    private List<PersonRecord> bothCorpora() throws IOException {
        return RecordsOfBothCorpora.of(3, 2500, 5, 1500, dir);
    }

    private static Tally compareEveryBlock(List<PersonRecord> records, LinkageModel model) {
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        PairComparator comparator = new PairComparator(frequencies, new FrozenShares(frequencies, records), model);
        double threshold = comparator.threshold();
        Blocks blocks = Blocks.of(records);
        FactsAtAGlance facts = comparator.factsAtAGlance(records);
        Tally tally = new Tally();
        for (int b = 0; b < blocks.count(); b++) {
            int[] members = blocks.members(b);
            int[] packed = facts.of(members);
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    PersonRecord x = records.get(members[i]);
                    PersonRecord y = records.get(members[j]);
                    // the packed facts never weigh less than the records: a pair they rule out, the records would too
                    double rest = comparator.rest(x, y);
                    double ceiling = facts.ceiling(packed, i, j);
                    assertThat(ceiling).as("%s / %s", x.id(), y.id()).isGreaterThanOrEqualTo(rest - 1e-9);
                    if (ceiling < rest + 1e-9) {
                        tally.factsExact++;
                    }
                    double full = comparator.compare(x, y);
                    double quick = comparator.compareIfItMayReach(x, y, threshold, comparator.namesCeiling(x));
                    if (full >= threshold) {
                        assertThat(quick).as("%s / %s", x.id(), y.id()).isEqualTo(full);
                        tally.reached++;
                    } else if (quick == Double.NEGATIVE_INFINITY) {
                        tally.cutShort++;
                    } else {
                        assertThat(quick).isEqualTo(full);
                    }
                }
            }
        }
        return tally;
    }

    private static final class Tally {
        int reached;
        int cutShort;
        /** Pairs whose packed facts weigh exactly what the records' do. */
        int factsExact;
    }
}
