package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.safepassage.vetting.names.PersianNames;
import org.safepassage.core.registration.Channel;
import org.safepassage.core.registration.FamilyMember;
import org.safepassage.core.registration.Organization;
import org.safepassage.core.registration.Person;
import org.safepassage.core.registration.Registration;
import org.safepassage.core.registration.Relation;
import org.safepassage.core.registration.Service;
import org.safepassage.core.registration.Urgency;
import org.safepassage.vetting.generate.Generator;
import org.safepassage.vetting.names.Edits;

class LinkerTest {

    private final List<PersonRecord> records = new ArrayList<>();

    private void add(String given, String family, String father, Integer year, String nationalId) {
        add(given, family, father, year, nationalId, Organization.IRGC, null);
    }

    private void add(String given, String family, String father, Integer year, String nationalId,
                     Organization organization, String unit) {
        add(given, family, father, year, nationalId, organization, unit, null);
    }

    private void add(String given, String family, String father, Integer year, String nationalId,
                     Organization organization, String unit, String rank) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, father, year, null, nationalId),
                new Service(organization, null, unit, rank, null, null, null), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    private void writing(String given, String family, Organization organization, String narrative) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, null, null, null, null),
                new Service(organization, null, null, null, null, null, null), List.of(), null, narrative, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    private void serving(String given, String family, Organization organization, String position, Integer yearsOfService) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, null, null, null, null),
                new Service(organization, null, null, null, position, yearsOfService, null), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    private void born(String given, String family, Integer year, String place) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, null, year, place, null),
                new Service(Organization.IRGC, null, null, null, null, null, null), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    private void inService(String given, String family, Organization organization, String branch, String province) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, null, null, null, null),
                new Service(organization, branch, null, null, null, null, province), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    private PairComparator comparator() {
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        return new PairComparator(frequencies, LinkageModel.defaults());
    }

    /** Unrelated background people, so that name frequencies mean something. */
    private void background(int count) {
        String[] given = {"Ali", "Reza", "Mehdi", "Hassan", "Amir", "Saeed", "Majid", "Javad"};
        String[] family = {"Ahmadi", "Karimi", "Jafari", "Salehi", "Moradi", "Akbari", "Nouri", "Heidari"};
        for (int i = 0; i < count; i++) {
            add(given[i % given.length], family[(i / given.length) % family.length] + (i / 64), null, 1950 + i % 50, null);
        }
    }

    /** Like {@link #background}, each serving in one of 200 divisions, so that a unit's share is read among many. */
    private void backgroundInUnits(int count) {
        String[] given = {"Ali", "Reza", "Mehdi", "Hassan", "Amir", "Saeed", "Majid", "Javad"};
        String[] family = {"Ahmadi", "Karimi", "Jafari", "Salehi", "Moradi", "Akbari", "Nouri", "Heidari"};
        for (int i = 0; i < count; i++) {
            add(given[i % given.length], family[(i / given.length) % family.length] + (i / 64), null, 1950 + i % 50, null,
                    Organization.IRGC, "Division " + i % 200);
        }
    }

    private Clusters link() {
        Linker linker = new Linker(comparator());
        return linker.cluster(records, linker.candidateLinks(records));
    }

    @Test
    void aNameTooCommonToCompareAllWhoGiveItStillMeetsItsOwnServiceAgain() {
        background(2000);
        String[] fathers = {"Hassan", "Mahmoud", "Karim", "Naser", "Yousef", "Ghasem", "Rasoul", "Kazem"};
        for (int i = 0; i < Blocking.MAX_BLOCK + 50; i++) { // namesakes in other services
            add("Ali", "Hosseini", fathers[i % fathers.length], 1950 + i % 50, null, i % 2 == 0 ? Organization.IRGC : Organization.ARTESH, null);
        }
        int first = records.size();
        serving("Ali", "Hosseini", Organization.DIPLOMATIC, "consul", null); // the name and the service, nothing more
        serving("علی", "حسینی", Organization.DIPLOMATIC, "consul", null);
        Set<String> keys = new HashSet<>(Blocking.keys(records.get(first)));
        keys.retainAll(Blocking.keys(records.get(first + 1)));
        Map<String, Integer> sharing = new HashMap<>();
        records.forEach(r -> Blocking.keys(r).stream().filter(keys::contains).forEach(key -> sharing.merge(key, 1, Integer::sum)));
        assertThat(keys).as("every key the two share, hundreds share").isNotEmpty()
                .allMatch(key -> sharing.get(key) > Blocking.maxBlock(key));

        int[] clusterOf = link().clusterOf();

        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]);
        assertThat(clusterOf[first - 1]).as("a namesake of another service").isNotEqualTo(clusterOf[first]);
    }

    @Test
    void aUnitCountsByItsShareOfItsOwnOrganisationWhoseAgreementCountsByItself() {
        backgroundInUnits(2000);
        String[] embassies = {"Embassy in Baghdad", "Embassy in Kabul", "Embassy in Beirut", "Embassy in Damascus", "Embassy in Ankara"};
        for (int i = 0; i < 100; i++) { // a small service: one in five of its people serve in Baghdad
            add("Diplomat" + i, "Family" + i, null, null, null, Organization.DIPLOMATIC, embassies[i % embassies.length]);
        }
        PairComparator comparator = comparator();
        List<Evidence> evidence = new ArrayList<>();
        comparator.compare(records.get(2000), records.get(2005), evidence);
        double m = LinkageModel.defaults().value(LinkageModel.Field.UNIT, "exact");

        assertThat(evidence).filteredOn(e -> e.field() == LinkageModel.Field.UNIT).singleElement()
                .satisfies(unit -> assertThat(unit.weight()).isCloseTo(Math.log(m / (20 / 100.0)) / Math.log(2), within(1e-9)));
        assertThat(evidence).filteredOn(e -> e.field() == LinkageModel.Field.ORGANIZATION).singleElement()
                .satisfies(organization -> assertThat(organization.weight()).isGreaterThan(3));
    }

    @Test
    void oneOfficerWrittenInTwoScriptsWithAYearOffIsOnePerson() {
        background(2000);
        int persian = records.size();
        add("محمدرضا", "قاسمی", "حسین", 1978, null);
        add("Mohammad Reza", "Ghassemi", "Hosein", 1979, null);

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[persian]).isEqualTo(clusters.clusterOf()[persian + 1]);
        assertThat(clusters.linksOf().get(persian)).singleElement().satisfies(link -> assertThat(link.reasons())
                .anyMatch(reason -> reason.startsWith("family name agrees across scripts"))
                .anyMatch(reason -> reason.startsWith("birth years one apart")));
    }

    @Test
    void namesakesWithDifferentValidNationalIdsStayApart() {
        background(2000);
        int first = records.size();
        add("Kourosh", "Bahmanvand", "Farhad", 1970, "0012345679");
        add("Kourosh", "Bahmanvand", "Farhad", 1970, "0084575948");

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first]).isNotEqualTo(clusters.clusterOf()[first + 1]);
    }

    @Test
    void aMildDifferenceWithOneMemberOfAGroupDoesNotKeepARegistrationFromIt() {
        background(500);
        int a = records.size();
        // a and b: one officer, tied by national ID, father and birth year; b gives no name and says
        // he serves in Fars. c gives his name, unit and rank, and says Tehran (a transfer): c and b
        // have nothing in common but two provinces, a mild difference (-3), not a veto. (A strong one
        // still is: aWeakLinkDoesNotChainTwoPeopleTogether.)
        officer(a, "Behnam", "Sohrabvand", "Kourosh", 1984, "0012345679", null);
        officer(a + 1, null, null, "Kourosh", 1984, "0012345679", "Fars");
        officer(a + 2, "Behnam", "Sohrabvand", null, null, null, "Tehran");

        PairComparator comparator = comparator();
        assertThat(comparator.compare(records.get(a + 1), records.get(a + 2))).isBetween(-3.0, -0.5);
        Clusters lenient = link(LinkageModel.defaults());
        Properties strict = new Properties();
        strict.setProperty("pair.againstInGroup", "0");
        Clusters anyNegative = link(LinkageModel.defaults().with(strict, "test"));

        assertThat(lenient.clusterOf()[a]).isEqualTo(lenient.clusterOf()[a + 1]).isEqualTo(lenient.clusterOf()[a + 2]);
        // with any negative pair a veto, as before: a and c (the stronger link) join first, and b is kept out
        assertThat(anyNegative.clusterOf()[a]).isEqualTo(anyNegative.clusterOf()[a + 2]);
        assertThat(anyNegative.clusterOf()[a + 1]).isNotEqualTo(anyNegative.clusterOf()[a]);
    }

    @Test
    void anOfficerPromotedAndTransferredBetweenTwoRegistrationsIsStillOnePerson() {
        background(20_000);
        int first = records.size();
        // a common name; months apart: captain then major, Kerman then Sistan and Baluchestan, 14
        // then 15 years of service; his father and birth year agree
        serving(first, "سروان", "کرمان", 14);
        serving(first + 1, "Major", "Sistan and Baluchestan", 15);
        List<String> reasons = comparator().reasons(records.get(first), records.get(first + 1));
        assertThat(reasons).anyMatch(reason -> reason.startsWith("different ranks"))
                .anyMatch(reason -> reason.startsWith("different provinces"));

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first + 1]).isEqualTo(clusters.clusterOf()[first]);
    }

    private void serving(int index, String rank, String province, int yearsOfService) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + index),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person("Reza", "Ahmadi3", "Nader", 1981, null, null),
                new Service(Organization.IRGC, null, null, rank, null, yearsOfService, province), List.of(), null, null, Urgency.LOW,
                List.of());
        records.add(PersonRecord.of(index, registration));
    }

    private void officer(int index, String given, String family, String father, Integer year, String nationalId, String province) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + index),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, father, year, null, nationalId),
                new Service(Organization.IRGC, null, given == null ? null : "تیپ ۵۵", given == null ? null : "سروان", null, null,
                        province), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(index, registration));
    }

    private Clusters link(LinkageModel model) {
        FieldFrequencies frequencies = new FieldFrequencies();
        frequencies.addAll(records);
        Linker linker = new Linker(new PairComparator(frequencies, model));
        return linker.cluster(records, linker.candidateLinks(records));
    }

    @Test
    void aWeakLinkDoesNotChainTwoPeopleTogether() {
        background(2000);
        int a = records.size();
        // a and b: one man, well attested; c: his namesake with another valid national ID. A fourth
        // registration gives the name alone and so links to both: it must not chain a and c together.
        add("Siamak", "Dehghanpour", "Nader", 1980, "0012345679");
        add("سیامک", "دهقان‌پور", "نادر", 1980, "0012345679");
        add("Siamak", "Dehghanpour", "Behrouz", 1981, "0084575948");
        add("Siamak", "Dehghanpour", null, null, null);

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[a]).isEqualTo(clusters.clusterOf()[a + 1]);
        assertThat(clusters.clusterOf()[a + 2]).isNotEqualTo(clusters.clusterOf()[a]);
    }

    @Test
    void aBirthPlaceSpeltWithASlipIsNeitherTheSamePlaceNorAnother() {
        background(2000);
        int first = records.size();
        born("Kourosh", "Nikzad", 1979, "تهران");
        born("Kourosh", "Nikzad", 1979, "Tehrsn");
        born("Kourosh", "Nikzad", 1979, "Tehran");
        born("Kourosh", "Nikzad", 1979, "Tabriz");
        born("Kourosh", "Nikzad", 1979, null);
        PairComparator comparator = comparator();
        List<String> reasons = new ArrayList<>();

        double slip = comparator.compare(records.get(first), records.get(first + 1));
        reasons.addAll(comparator.reasons(records.get(first), records.get(first + 1)));
        double same = comparator.compare(records.get(first), records.get(first + 2), null);
        double other = comparator.compare(records.get(first), records.get(first + 3), null);
        double unknown = comparator.compare(records.get(first), records.get(first + 4), null);

        assertThat(reasons).contains("birth places one letter apart");
        assertThat(same).isGreaterThan(slip);
        assertThat(slip).isEqualTo(unknown);
        assertThat(other).isLessThan(slip);
    }

    @Test
    void twoSlipsFromOneCityAreNeitherTheSamePlaceNorAnother() {
        background(2000);
        int first = records.size();
        born("Kourosh", "Nikzad", 1979, "قوین"); // قزوین with a letter dropped
        born("Kourosh", "Nikzad", 1979, "قزوبن"); // قزوین with a dot misplaced
        born("Kourosh", "Nikzad", 1979, "تیریز"); // تبریز with a dot misplaced
        born("Kourosh", "Nikzad", 1979, null);
        PairComparator comparator = comparator();

        double twoSlips = comparator.compare(records.get(first), records.get(first + 1));
        double slipsFromTwoCities = comparator.compare(records.get(first), records.get(first + 2));
        double unknown = comparator.compare(records.get(first), records.get(first + 3));

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).contains("birth places one letter apart");
        assertThat(twoSlips).isEqualTo(unknown);
        assertThat(slipsFromTwoCities).isLessThan(unknown);
    }

    @Test
    void aBirthPlaceWrittenAsItsProvinceCountsNeitherWayForACityInItAndAgainstOneOutside() {
        background(2000);
        int first = records.size();
        born("Kourosh", "Bakhtiarinejad", 1978, "Ahvaz");
        born("Kourosh", "Bakhtiarinejad", 1978, "Khuzestan");
        born("Kourosh", "Bakhtiarinejad", 1978, "استان خوزستان");
        born("Kourosh", "Bakhtiarinejad", 1978, "Rasht");
        born("Kourosh", "Bakhtiarinejad", 1978, "Gilan");
        born("Kourosh", "Bakhtiarinejad", 1978, "Deh-e Now"); // a village the gazetteer does not know
        PairComparator comparator = comparator();
        String within = "one birth place is a province, the other a place that may lie in it";

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).contains(within);
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 2))).contains("same province of birth");
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 5))).contains(within);
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 3))).contains("different birth places");
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 4))).contains("different birth places");
        assertThat(comparator.reasons(records.get(first + 3), records.get(first + 4))).contains(within);
    }

    @Test
    void aCityUnderAnyOfItsNamesIsTheSamePlace() {
        background(2000);
        int first = records.size();
        born("Kourosh", "Nikzad", 1979, "ارومیه");
        born("Kourosh", "Nikzad", 1979, "Urmia");
        born("Kourosh", "Nikzad", 1979, "Mashad");
        born("Kourosh", "Nikzad", 1979, "MASHHAD");
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).contains("same birth place");
        assertThat(comparator.reasons(records.get(first + 2), records.get(first + 3))).contains("same birth place");
        assertThat(comparator.reasons(records.get(first), records.get(first + 2))).contains("different birth places");
    }

    @Test
    void theSameUnitNumberInEitherScriptCountsForAndADifferentOneAgainst() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, "تیپ ۱۰");
        add("بهنام", "سهراب‌وند", null, 1984, null, Organization.ARTESH, "10th Brigade");
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, "Brigade 55");
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, null);
        PairComparator comparator = comparator();
        List<String> reasons = new ArrayList<>();

        double sameUnit = comparator.compare(records.get(first), records.get(first + 1));
        reasons.addAll(comparator.reasons(records.get(first), records.get(first + 1)));
        double otherUnit = comparator.compare(records.get(first), records.get(first + 2), null);
        double noUnit = comparator.compare(records.get(first), records.get(first + 3), null);

        assertThat(reasons).contains("same unit number (10)");
        assertThat(sameUnit).isGreaterThan(noUnit);
        assertThat(otherUnit).isLessThan(noUnit);
    }

    @Test
    void theSameProvinceInAnySpellingCountsForByHowFewServeThereAndAnotherProvinceAgainst() {
        background(2000);
        String[] provinces = {"Tehran", "Tehran", "Tehran", "Fars", "Isfahan", "Khuzestan"};
        for (int i = 0; i < 300; i++) { // others who say where they serve, most of them in Tehran
            inService("Hamed", "Vakili" + i, Organization.IRGC, null, provinces[i % provinces.length]);
        }
        int first = records.size();
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "استان خراسان رضوی");
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "Khorasan-e Razavi");
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "Mashhad"); // the capital, written for the province
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "Fars");
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, null);
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "Springfield"); // no province: neither for nor against
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "Tehran");
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, "تهران");
        PairComparator comparator = comparator();
        PersonRecord razavi = records.get(first);

        double same = comparator.compare(razavi, records.get(first + 1), null);
        double capital = comparator.compare(razavi, records.get(first + 2), null);
        double other = comparator.compare(razavi, records.get(first + 3), null);
        double unknown = comparator.compare(razavi, records.get(first + 4), null);
        double unread = comparator.compare(razavi, records.get(first + 5), null);
        double sameCommon = comparator.compare(records.get(first + 6), records.get(first + 7), null);

        assertThat(comparator.reasons(razavi, records.get(first + 1))).contains("same province (Razavi Khorasan)");
        assertThat(comparator.reasons(razavi, records.get(first + 3))).contains("different provinces (Razavi Khorasan / Fars)");
        assertThat(same).isGreaterThan(unknown).isEqualTo(capital);
        assertThat(other).isLessThan(unknown);
        assertThat(unread).isEqualTo(unknown);
        // half of those who say where they serve serve in Tehran: sharing it says less than sharing a rare province
        assertThat(sameCommon).isGreaterThan(unknown).isLessThan(same);
    }

    @Test
    void theSameBranchInAnyLanguageCountsForWithinOneOrganisationAndAnotherBranchAgainst() {
        background(2000);
        for (int i = 0; i < 200; i++) { // others who name their branch, most of them in the ground force
            inService("Hamed", "Vakili" + i, Organization.IRGC, i % 4 == 0 ? "Navy" : "Ground Force", null);
        }
        int first = records.size();
        inService("Behnam", "Sohrabvand", Organization.IRGC, "نیروی قدس سپاه", null);
        inService("Behnam", "Sohrabvand", Organization.IRGC, "IRGC Quds Force", null);
        inService("Behnam", "Sohrabvand", Organization.IRGC, "Navy", null);
        inService("Behnam", "Sohrabvand", Organization.IRGC, null, null);
        inService("Behnam", "Sohrabvand", Organization.IRGC, "the third department", null); // no branch of the table: neither way
        inService("Behnam", "Sohrabvand", Organization.ARTESH, "Quds Force", null); // another organisation: the branch is not compared
        inService("Behnam", "Sohrabvand", Organization.ARTESH, null, null);
        PairComparator comparator = comparator();
        PersonRecord quds = records.get(first);

        double same = comparator.compare(quds, records.get(first + 1), null);
        double other = comparator.compare(quds, records.get(first + 2), null);
        double unknown = comparator.compare(quds, records.get(first + 3), null);
        double unread = comparator.compare(quds, records.get(first + 4), null);

        assertThat(comparator.reasons(quds, records.get(first + 1))).contains("same branch (quds force)");
        assertThat(comparator.reasons(quds, records.get(first + 2))).contains("different branches (quds force / navy)");
        assertThat(same).isGreaterThan(unknown);
        assertThat(other).isLessThan(unknown);
        assertThat(unread).isEqualTo(unknown);
        assertThat(comparator.compare(quds, records.get(first + 5), null)).isEqualTo(comparator.compare(quds, records.get(first + 6), null));
    }

    @Test
    void theSameRankInEitherScriptCountsForAndARankTwoLevelsApartAgainst() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, null, "سرگرد");
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, null, "Major");
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, null, "Corporal");
        add("Behnam", "Sohrabvand", null, 1984, null, Organization.ARTESH, null, null);
        PairComparator comparator = comparator();

        double same = comparator.compare(records.get(first), records.get(first + 1), null);
        double apart = comparator.compare(records.get(first), records.get(first + 2), null);
        double unknown = comparator.compare(records.get(first), records.get(first + 3), null);

        assertThat(same).isGreaterThan(unknown);
        assertThat(apart).isLessThan(unknown);
    }

    @Test
    void theSamePostInEitherLanguageAndTheSameYearsOfServiceCountForAndOtherPostsOrYearsAgainst() {
        background(2000);
        for (int i = 0; i < 40; i++) { // others of the judiciary, so that how common each post is means something
            serving("Hamed", "Vakili" + i, Organization.JUDICIARY, i % 2 == 0 ? "judge" : "court clerk", 5 + i % 20);
        }
        int first = records.size();
        serving("Behnam", "Sohrabvand", Organization.JUDICIARY, "دادیار", 12);
        serving("Behnam", "Sohrabvand", Organization.JUDICIARY, "Assistant prosecutor", 12);
        serving("Behnam", "Sohrabvand", Organization.JUDICIARY, "judge", 4);
        serving("Behnam", "Sohrabvand", Organization.JUDICIARY, null, null);
        serving("Behnam", "Sohrabvand", Organization.JUDICIARY, "head of the archive", 13);
        PairComparator comparator = comparator();

        double same = comparator.compare(records.get(first), records.get(first + 1), null);
        double other = comparator.compare(records.get(first), records.get(first + 2), null);
        double unknown = comparator.compare(records.get(first), records.get(first + 3), null);
        double unlistedPostAYearOn = comparator.compare(records.get(first), records.get(first + 4), null);

        assertThat(comparator.reasons(records.get(first), records.get(first + 1)))
                .contains("same post (assistant prosecutor)", "same years of service (12)");
        assertThat(comparator.reasons(records.get(first), records.get(first + 2)))
                .contains("different posts (assistant prosecutor / judge)", "years of service 12 / 4");
        assertThat(same).isGreaterThan(unknown);
        assertThat(other).isLessThan(unknown);
        // a post the table does not know may be another wording of this one: neither for nor against
        assertThat(comparator.reasons(records.get(first), records.get(first + 4))).noneMatch(r -> r.contains("post"));
        assertThat(unlistedPostAYearOn).isGreaterThan(unknown).isLessThan(same);
    }

    @Test
    void namesSwappedWithTheTitleInTheFamilyNamesPlaceStillAgree() {
        background(2000);
        int first = records.size();
        add("Seyyed Reza", "Mousavi", "Hamid", 1999, null);
        add("Mousavi", "Seyyed riza", "hamid", 1999, null);

        assertThat(comparator().reasons(records.get(first), records.get(first + 1)))
                .contains("given and family names written the other way round");
        assertThat(link().clusterOf()[first]).isEqualTo(link().clusterOf()[first + 1]);
    }

    @Test
    void aTitleBeforeTheFathersNameOnSomeRegistrationsIsTheSameFather() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", "Hossein", 1985, null, Organization.IRGC, "تیپ ۱۰");
        add("بهنام", "سهرابوند", "سید حسین", 1985, null, Organization.IRGC, "تیپ ۱۰");
        add("Behnam", "Sohrabvand", "Haj Hossein", 1985, null, Organization.IRGC, "10th Brigade");
        add("Behnam", "Sohrabvand", "Seyed Mahmoud", 1985, null, Organization.IRGC, "تیپ ۱۰");
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).anyMatch(r -> r.startsWith("father's name agrees"));
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 2))).anyMatch(r -> r.startsWith("father's name agrees"));
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 3))).contains("father's name differs");
        int[] clusterOf = link().clusterOf();
        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]).isEqualTo(clusterOf[first + 2]);
    }

    @Test
    void aFatherWhoHasDiedOrAPilgrimsTitleBeforeTheFathersNameIsTheSameFather() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", "Hossein", 1985, null, Organization.IRGC, "تیپ ۱۰");
        add("بهنام", "سهرابوند", "مرحوم حسین", 1985, null, Organization.IRGC, "تیپ ۱۰");
        add("Behnam", "Sohrabvand", "Karbalaei Hossein", 1985, null, Organization.IRGC, "10th Brigade");
        add("Behnam", "Sohrabvand", "Marhoum Mahmoud", 1985, null, Organization.IRGC, "تیپ ۱۰");
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).anyMatch(r -> r.startsWith("father's name agrees"));
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 2))).anyMatch(r -> r.startsWith("father's name agrees"));
        assertThat(comparator.reasons(records.get(first), records.get(first + 3))).contains("father's name differs");
        int[] clusterOf = link().clusterOf();
        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]).isEqualTo(clusterOf[first + 2]);
    }

    @Test
    void twoWholeNamesTypedIntoOneFieldInDifferentOrdersAreOneName() {
        background(2000);
        int first = records.size();
        add("Behnam Sohrabvand", null, "Nader", 1984, null);
        add("Sohrabvand Behnam", null, "Nader", 1984, null);
        add("سهرابوند بهنام", null, "نادر", 1984, null);
        add("Sohrabvand Kamran", null, "Nader", 1984, null);
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1)))
                .contains("whole names written in one field in different orders");
        assertThat(comparator.reasons(records.get(first), records.get(first + 3))).doesNotContain(
                "whole names written in one field in different orders");
        int[] clusterOf = link().clusterOf();
        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]).isEqualTo(clusterOf[first + 2]);
        assertThat(clusterOf[first + 3]).isNotEqualTo(clusterOf[first]);
    }

    @Test
    void aWholeNameTypedIntoOneFieldMeetsTheSameNameInTwoFieldsButACompoundGivenNameAloneIsNotSplit() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", "Nader", 1984, null);
        add("Behnam Sohrabvand", null, "Nader", 1984, null);
        add(null, "Sohrabvand, Behnam", "Nader", 1984, null);
        add("محمد رضا", null, null, 1984, null);
        add("محمد", "رضایی", null, 1984, null);

        Clusters clusters = link();
        int[] clusterOf = clusters.clusterOf();

        assertThat(comparator().reasons(records.get(first), records.get(first + 1)))
                .contains("whole name written in one field, read as given and family name");
        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]);
        assertThat(clusterOf[first + 2]).isEqualTo(clusterOf[first]);
        assertThat(comparator().reasons(records.get(first + 3), records.get(first + 4)))
                .as("Mohammadreza typed alone is not Mohammad Rezaei").noneMatch(r -> r.startsWith("whole name"));
        assertThat(clusterOf[first + 3]).isNotEqualTo(clusterOf[first + 4]);
    }

    @Test
    void aWholeNameTypedIntoOneFieldFamilyNameFirstMeetsTheSameNameInTwoFields() {
        background(2000);
        int first = records.size();
        add("Farzad", "Gholizadeh", "Nasser", 1983, null, Organization.FARAJA, null);
        add("قلیزاده فرزاد", null, "ناصر", 1983, null, Organization.FARAJA, null);
        add("Gholizadeh Farzad", null, "Nasser", 1983, null, Organization.FARAJA, null);
        add("Gholizadeh Behzad", null, "Nasser", 1989, null, Organization.FARAJA, null); // a brother
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first + 2), records.get(first)))
                .contains("family name written first").anyMatch(reason -> reason.startsWith("family name agrees"))
                .anyMatch(reason -> reason.startsWith("given name agrees"));
        assertThat(comparator.reasons(records.get(first + 3), records.get(first))).contains("given name differs");
        assertThat(comparator.reasons(records.get(first + 1), records.get(first)))
                .contains("family name written first");
        int[] clusterOf = link().clusterOf();
        assertThat(clusterOf[first + 2]).isEqualTo(clusterOf[first]).isEqualTo(clusterOf[first + 1]);
        assertThat(clusterOf[first + 3]).isNotEqualTo(clusterOf[first]);
    }

    @Test
    void aCopiedIdentityWithAnotherFatherAndBirthYearIsAnotherPerson() {
        background(2000);
        int first = records.size();
        // everything an impersonator can read about a senior officer agrees; what only he knows does not
        add("Kourosh", "Dehghanpour", "Nader", 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Kourosh", "Dehghanpour", "Majid", 1972, null, Organization.IRGC, "27th Division", "Brigadier general");

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first]).isNotEqualTo(clusters.clusterOf()[first + 1]);
    }

    @Test
    void birthYearsFarApartAreOutweighedOnlyByWhatOnlyThePersonKnows() {
        background(2000);
        int first = records.size();
        // name, service, unit and rank agree, as a copy of someone's public identity does; the birth year does not
        add("Kourosh", "Dehghanpour", null, 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Kourosh", "Dehghanpour", null, 1971, null, Organization.IRGC, "27th Division", "Brigadier general");
        // the same, and the father's name agrees as well: a mistyped birth year of one person
        add("Siavash", "Kalantari", "Nader", 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Siavash", "Kalantari", "Nader", 1971, null, Organization.IRGC, "27th Division", "Brigadier general");
        List<String> reasons = new ArrayList<>();
        reasons.addAll(comparator().reasons(records.get(first), records.get(first + 1)));

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first]).isNotEqualTo(clusters.clusterOf()[first + 1]);
        assertThat(reasons).contains("what only the person knows conflicts, and nothing only the person knows agrees");
        assertThat(clusters.clusterOf()[first + 2]).isEqualTo(clusters.clusterOf()[first + 3]);
    }

    @Test
    void brothersWithOneFamilyNameFatherAndBirthPlaceAreTwoPeople() {
        background(2000);
        int first = records.size();
        sibling("مهدی", "طاهرخانی", 1975);
        sibling("مجید", "طاهرخانی", 1979); // his brother
        sibling("مهدی", "طاهرخانی", 1976); // the first again, his birth year a Solar Hijri year off
        sibling("طاهرخانی", "مهدی", 1975); // the first again, names the other way round

        int[] clusterOf = link().clusterOf();

        assertThat(clusterOf[first + 1]).as("the brother").isNotEqualTo(clusterOf[first]);
        assertThat(comparator().reasons(records.get(first), records.get(first + 1)))
                .contains("given names and birth years both differ: two people of one family");
        assertThat(clusterOf[first + 2]).isEqualTo(clusterOf[first]);
        assertThat(clusterOf[first + 3]).isEqualTo(clusterOf[first]);
        // names the other way round are no other given name, whatever the years say; the brother's
        // given name against the first's written the other way round still is
        assertThat(comparator().reasons(records.get(first + 3), records.get(first + 2)))
                .doesNotContain("given names and birth years both differ: two people of one family");
        assertThat(comparator().reasons(records.get(first + 1), records.get(first + 3)))
                .contains("given names and birth years both differ: two people of one family");
    }

    private void sibling(String given, String family, int year) {
        Registration registration = new Registration(Registration.SCHEMA, "r-" + (1000 + records.size()),
                Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person(given, family, "عباس", year, "قزوین", null),
                new Service(Organization.ARTESH, null, null, null, null, null, null), List.of(), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), registration));
    }

    @Test
    void aNameInItsOtherReadingMeetsItsSpellingInABlock() {
        background(2000);
        int first = records.size();
        add("Meitham", "Afshari", null, null, null, Organization.JUDICIARY, null); // the name and the service, nothing more
        add("میثم", "افشاری", null, null, null, Organization.JUDICIARY, null);

        Set<String> keys = new HashSet<>(Blocking.keys(records.get(first)));

        assertThat(Blocking.keys(records.get(first + 1))).as("Arabic-style th for ث").anyMatch(keys::contains);
        int[] clusterOf = link().clusterOf();
        assertThat(clusterOf[first + 1]).isEqualTo(clusterOf[first]);
    }

    @Test
    void aSlipInALongFamilyNameWithNoBirthYearOrFatherStillMeetsInABlock() {
        background(2000);
        int first = records.size();
        add("Manouchehr", "Rostamvand", null, null, null, Organization.BASIJ, "گردان ۴۵", "سرهنگ دوم");
        add("منوچهر", "رتسموند", null, null, null, Organization.BASIJ, "Battalion 45", "Lieutenant colonel");
        add("Rostamvand", "Manouchehr", null, null, null, Organization.BASIJ, "گردان ۴۵", "سرهنگ دوم"); // swapped

        Set<String> keys = new HashSet<>(Blocking.keys(records.get(first)));
        Clusters clusters = link();

        assertThat(Blocking.keys(records.get(first + 1))).anyMatch(keys::contains);
        assertThat(Blocking.keys(records.get(first + 2))).anyMatch(keys::contains);
        assertThat(clusters.clusterOf()[first]).isEqualTo(clusters.clusterOf()[first + 1]);
    }

    @Test
    void aSlipInAShortNameEvenInItsFirstLetterOrWithNamesSwappedStillMeetsInABlock() {
        background(2000);
        int first = records.size();
        add("امیر", "اسدی", "آرش", 1993, null, Organization.MOIS, null);
        add("امير", "اشدی", "آرش", 1994, null, Organization.MOIS, null); // a dot too many
        add("احمد", "افشار", "قاسم", 1971, null, Organization.IRGC, null);
        add("احمد", "اشفار", "قاسم", 1970, null, Organization.IRGC, null); // two letters swapped
        add("Mohammadmahdi", "Ansari", "Fathollah", 1982, null, Organization.ARTESH, null);
        add("محمدمهدی", "اتصاری", "فتح الله", 1982, null, Organization.ARTESH, null); // one letter mistyped
        add("سیاوش", "رستمی", null, null, null, Organization.ARTESH, "لشکر ۲۱");
        add("سیاوش", "رسمی", null, null, null, Organization.ARTESH, "لشکر 21"); // one letter dropped
        born("فاطمه", "کمالی", null, "کرمان");
        born("فامه", "کمالی", null, "Kerman"); // a letter of the given name dropped
        add("زارغی", "حسن", null, null, null, Organization.MINISTRY, "وزارت نفت"); // a dot misplaced, in names swapped
        add("حسن", "زارعی", null, null, null, Organization.MINISTRY, "وزارت نفت");

        Clusters clusters = link();

        for (int pair = first; pair < first + 12; pair += 2) {
            Set<String> keys = new HashSet<>(Blocking.keys(records.get(pair)));
            assertThat(Blocking.keys(records.get(pair + 1))).as(records.get(pair + 1).family().folded())
                    .filteredOn(keys::contains).allMatch(Blocking::onlyForDifferentNames).isNotEmpty();
            assertThat(clusters.clusterOf()[pair]).as(records.get(pair + 1).family().folded()).isEqualTo(clusters.clusterOf()[pair + 1]);
        }
    }

    @Test
    void aFamilyNameAloneWithItsUnitAndSpellingsOfOnePersianLetterMeetInABlock() {
        background(2000);
        int first = records.size();
        add(null, "Farrokhlou", null, null, null, Organization.FARAJA, "کلانتری ۱۲۳");
        add(null, "فرخلو", null, null, null, Organization.FARAJA, "Police station 123");
        add("Amir", "Gasemi", null, 1998, null, Organization.IRGC, null);
        add("امیر", "قاسمی", null, 1998, null, Organization.IRGC, null);
        add("Mehrdad", "Hosravi", "Hossein", 1983, null, Organization.MOIS, null);
        add("Mehrdad", "Khosravi", "Hosein", 1983, null, Organization.MOIS, null);

        for (int pair = first; pair < first + 6; pair += 2) {
            Set<String> keys = new HashSet<>(Blocking.keys(records.get(pair)));
            assertThat(Blocking.keys(records.get(pair + 1))).as(records.get(pair).family().folded()).anyMatch(keys::contains);
        }
        assertThat(Blocking.keys(records.get(first))).anyMatch(key -> key.startsWith("u"));
        assertThat(Blocking.blockingForm("gsmV")).isEqualTo(Blocking.blockingForm("qsmV"));
    }

    @Test
    void aShortNameOneVowelApartNearlyAgreesWhileAnotherNameDiffers() {
        background(2000);
        int first = records.size();
        add("Amir", "Sohrabi", null, 1980, null);
        add("Emir", "Sohrabi", null, 1980, null);
        add("Omar", "Sohrabi", null, 1980, null);
        List<String> slip = new ArrayList<>();
        List<String> other = new ArrayList<>();
        PairComparator comparator = comparator();

        double nearly = comparator.compare(records.get(first), records.get(first + 1));
        slip.addAll(comparator.reasons(records.get(first), records.get(first + 1)));
        double differs = comparator.compare(records.get(first), records.get(first + 2));
        other.addAll(comparator.reasons(records.get(first), records.get(first + 2)));

        assertThat(slip).contains("given name nearly agrees (one vowel apart)");
        assertThat(other).contains("given name differs");
        assertThat(nearly).isGreaterThan(differs + 6);
    }

    @Test
    void aSlipInAShortNameCountsNeitherWayWhileAnotherNameStillDiffers() {
        background(2000);
        int first = records.size();
        add("Rexza", "Sohrabi", null, 1980, null);
        add("رضا", "سهرابی", null, 1980, null);
        add("Ali", "Sohrabi", null, 1980, null);
        add("Vali", "Sohrabi", null, 1980, null);
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1)))
                .contains("given name: short spellings one letter apart (a slip, or another short name; counts neither way)");
        assertThat(comparator.reasons(records.get(first + 2), records.get(first + 3))).contains("given name differs");
    }

    @Test
    void aLetterSlippedIntoAShortLatinNameCountsNeitherWayWhileAnotherNameStillDiffers() {
        background(2000);
        int first = records.size();
        add("Abbas", "Yusefi", null, 1975, null);
        add("Abbahs", "Yoosefi", null, 1975, null); // skeletons b-s and b-h-s: too short for a slip to say much
        add("Akbar", "Yusefi", null, 1975, null);
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1)))
                .contains("given name: short spellings one letter apart (a slip, or another short name; counts neither way)");
        assertThat(comparator.reasons(records.get(first), records.get(first + 2))).contains("given name differs");
    }

    @Test
    void marksThatShowNothingAndOtherSpacesDoNotChangeHowARegistrationCompares() {
        background(2000);
        int first = records.size();
        add("Seyed Ali", "Karimi", "Hossein", 1980, null, Organization.IRGC, "تیپ ۱۰", "Sarhang");
        add("علی", "کریمی", "حسین", 1980, null, Organization.IRGC, "تیپ ۱۰", "سرهنگ");
        // the same, as a phone or a copied list writes it: a right-to-left mark before the title, a
        // no-break space after it, a zero-width space and a tatweel in the names, a rank spaced twice
        add("\u200FSeyed\u00A0Ali", "Kari\u200Bmi", "Hos\u200Bsein", 1980, null, Organization.IRGC, "تیپ ۱۰", "Sarhang ");
        add("علی\u200E", "کریـمی", "حسـین", 1980, null, Organization.IRGC, "تیپ\u00A0\u00A0۱۰", "سرهنگ\u200F");
        PairComparator comparator = comparator();

        assertThat(comparator.compare(records.get(first + 2), records.get(first + 3)))
                .isEqualTo(comparator.compare(records.get(first), records.get(first + 1)));
        assertThat(comparator.reasons(records.get(first + 2), records.get(first + 3)))
                .isEqualTo(comparator.reasons(records.get(first), records.get(first + 1)));
    }

    @Test
    void aPartnerListsWholeNameInTheGivenNameFieldAndAProvinceOrCountryAfterTheBirthPlaceCompareAsTheNameAndPlace() {
        background(2000);
        int first = records.size();
        born("Ali", "Karimi", 1980, "Tabriz");
        born("علی", "کریمی", 1980, "تبریز");
        born("Ali Karimi", "Karimi", 1980, "Tabriz, Iran"); // a "name" and a "surname" column
        born("علی", "علی پور", 1980, "تبریز");
        born("Ali", "Ali Pour", 1980, "Tabriz");
        born("علی کریمی", "کریمی", 1980, "تبریز (آذربایجان شرقی)");
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first + 2), records.get(first + 5)))
                .isEqualTo(comparator.reasons(records.get(first), records.get(first + 1)));
        assertThat(comparator.compare(records.get(first + 2), records.get(first + 5)))
                .isEqualTo(comparator.compare(records.get(first), records.get(first + 1)));
        assertThat(comparator.reasons(records.get(first + 3), records.get(first + 4)))
                .as("a family name made of the given name, written apart, is that family name")
                .contains("given name agrees across scripts (common: 13% of records)")
                .anyMatch(reason -> reason.startsWith("family name agrees across scripts"));
    }

    @Test
    void anInitialCountsNeitherWayForTheNameItOpensButAgainstAnother() {
        background(2000);
        int first = records.size();
        add("M.", "Rostami", "Kazem", 1972, null);
        add("Mohammad", "رستمی", "کاظم", 1972, null);
        add("محمد", "Rostami", "K.", 1972, null);
        add("A.", "Rostami", "Kazem", 1972, null);
        add("Ali", "Rostami", "Kazem", 1972, null);
        add("علی", "Rostami", "Kazem", 1972, null);
        add("Ebrahim", "Rostami", "Kazem", 1972, null);
        add("I.", "Rostami", "Kazem", 1972, null);
        add("M.", "Rostami", "Hamid", 1972, null);
        add(null, "Rostami", "Kazem", 1972, null);
        PairComparator comparator = comparator();
        String initial = "given name: an initial the other name opens with (counts neither way)";

        assertThat(comparator.reasons(records.get(first), records.get(first + 1))).contains(initial);
        assertThat(comparator.reasons(records.get(first + 1), records.get(first + 2)))
                .contains("father's name: an initial the other name opens with (counts neither way)");
        assertThat(comparator.reasons(records.get(first + 3), records.get(first + 4))).contains(initial);
        assertThat(comparator.reasons(records.get(first + 3), records.get(first + 5))).as("علی opens with ain, a vowel in Latin")
                .contains(initial);
        assertThat(comparator.reasons(records.get(first + 6), records.get(first + 7))).as("Ebrahim is also Ibrahim").contains(initial);
        assertThat(comparator.reasons(records.get(first + 3), records.get(first + 1))).contains("given name differs");
        assertThat(comparator.reasons(records.get(first), records.get(first + 3))).contains("given name differs");
        assertThat(comparator.reasons(records.get(first), records.get(first + 8))).contains("father's name differs");
        // an initial tells nothing for or against: the pair weighs as if the given name were not given
        assertThat(comparator.compare(records.get(first), records.get(first + 1)))
                .isCloseTo(comparator.compare(records.get(first + 9), records.get(first + 1)), within(1e-9));
    }

    @Test
    void aLatinGCanBePersianGhButPersianGafStaysApart() {
        assertThat(PersianNames.key("Sadeg").sameSkeleton(PersianNames.key("صادق"))).isTrue();
        assertThat(PersianNames.key("Bager").sameSkeleton(PersianNames.key("Bagher"))).isTrue();
        assertThat(PersianNames.key("گلی").sameSkeleton(PersianNames.key("قلی"))).isFalse();
    }

    @Test
    void aCompoundNameAndItsLastPartCountNeitherWay() {
        background(2000);
        for (int i = 0; i < 6; i++) { // names people have, as the records themselves show
            add("محمد", "Zand" + i, null, 1960 + i, null);
            add("رضا", "Zand" + i, null, 1970 + i, null);
            add("علی", "Zand" + i, null, 1980 + i, null);
        }
        int first = records.size();
        add("محمدرضا", "کیانی", null, 1975, null);
        add("رضا", "کیانی", null, 1975, null);
        add("M. Reza", "Kiani", null, 1975, null);
        add("Mohammad", "Kiani", null, 1975, null);
        PairComparator comparator = comparator();
        List<String> lastPart = new ArrayList<>();
        List<String> initial = new ArrayList<>();
        List<String> firstPart = new ArrayList<>();

        lastPart.addAll(comparator.reasons(records.get(first), records.get(first + 1)));
        initial.addAll(comparator.reasons(records.get(first), records.get(first + 2)));
        firstPart.addAll(comparator.reasons(records.get(first), records.get(first + 3)));

        assertThat(lastPart).contains("given name: one is the last part of the other's compound name (counts neither way)");
        assertThat(initial).contains("given name: one is the last part of the other's compound name (counts neither way)");
        assertThat(firstPart).contains("given name differs");
        // a joined compound whose first part ends in d before a j (Mohammadjavad) is still Mohammad + Javad: the dj is no French-style ج
        for (int i = 0; i < 6; i++) {
            add("Javad", "Tehrani" + i, null, 1960 + i, null);
        }
        add("Mohammadjavad", "Kiani", null, 1975, null);
        add("Javad", "Kiani", null, 1975, null);
        assertThat(comparator().reasons(records.get(records.size() - 2), records.get(records.size() - 1)))
                .contains("given name: one is the last part of the other's compound name (counts neither way)");
        // a first part that ends in a vowel is written inside the compound as it is not alone (علی in علیرضا)
        add("علیرضا", "کیانی", null, 1975, null);
        assertThat(comparator().reasons(records.get(records.size() - 1), records.get(first + 1)))
                .contains("given name: one is the last part of the other's compound name (counts neither way)");
    }

    @Test
    void theSameWordsSentAgainTieTwoSparseRegistrationsButACommonLineDoesNot() {
        background(2000);
        // a one-liner many people write, and a text of one's own
        for (int i = 0; i < 40; i++) {
            writing("Mehdi", "Salehi" + (i + 100), Organization.BASIJ, "I need a safe route for 4 people.");
        }
        int first = records.size();
        String own = "Since the raids in Zahedan I cannot sleep. My superior asked me about my loyalty last month. "
                + "I can only write from home at night.";
        writing("Ali", "Ahmadi3", Organization.BASIJ, own);
        writing("علی", "احمدی3", Organization.BASIJ, own.toLowerCase(java.util.Locale.ROOT).replace(".", " . "));
        writing("Ali", "Ahmadi3", Organization.BASIJ, "I need a safe route for 4 people.");
        writing("Ali", "Ahmadi3", Organization.BASIJ, "I need a safe route for 4 people.");
        writing("Ali", "Ahmadi3", Organization.BASIJ, "My brother is sick and needs treatment abroad.");
        PairComparator comparator = comparator();

        assertThat(comparator.reasons(records.get(first), records.get(first + 1)))
                .anyMatch(reason -> reason.startsWith("the same narrative, word for word"));
        assertThat(comparator.compare(records.get(first), records.get(first + 1))).isGreaterThanOrEqualTo(comparator.threshold());
        double namesAndService = comparator.compare(records.get(first), records.get(first + 4));
        assertThat(namesAndService).isLessThan(comparator.threshold());
        assertThat(comparator.compare(records.get(first + 2), records.get(first + 3)))
                .as("a line forty others wrote adds little to the names").isLessThan(namesAndService + 6);
        assertThat(comparator.compare(records.get(first), records.get(first + 4)))
                .as("different words count neither way").isEqualTo(comparator.compare(records.get(first + 2), records.get(first + 4)));
    }

    @Test
    void aLinkOnWhatAnyoneCouldKnowAsksForConfirmation() {
        background(2000);
        int first = records.size();
        add("Kourosh", "Dehghanpour", null, 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Kourosh", "Dehghanpour", null, 1966, null, Organization.IRGC, "27th Division", "Brigadier general");
        add("Siavash", "Kalantari", "Nader", 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Siavash", "Kalantari", "Nader", 1966, null, Organization.IRGC, "27th Division", "Brigadier general");
        // both give a father's name, but Amir and Amin may be a slip or two names: nothing private agrees
        add("Dariush", "Sarrafzadeh", "Amir", 1966, null, Organization.IRGC, "لشکر ۲۷", "سرتیپ");
        add("Dariush", "Sarrafzadeh", "Amin", 1966, null, Organization.IRGC, "27th Division", "Brigadier general");
        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first]).isEqualTo(clusters.clusterOf()[first + 1]);
        assertThat(clusters.linksOf().get(first)).singleElement()
                .satisfies(link -> {
                    assertThat(link.reasons()).contains(PairComparator.UNCONFIRMED);
                    assertThat(link.confirmed()).isFalse();
                });
        assertThat(clusters.linksOf().get(first + 2)).singleElement()
                .satisfies(link -> {
                    assertThat(link.reasons()).doesNotContain(PairComparator.UNCONFIRMED);
                    assertThat(link.confirmed()).isTrue();
                });
        assertThat(clusters.clusterOf()[first + 4]).isEqualTo(clusters.clusterOf()[first + 5]);
        assertThat(clusters.linksOf().get(first + 4)).singleElement()
                .satisfies(link -> {
                    assertThat(link.reasons()).contains(PairComparator.UNCONFIRMED);
                    assertThat(link.confirmed()).isFalse();
                });
    }

    @Test
    void aRegistrationThatContradictsItselfWeighsLessWithOneThatDoesNot() {
        background(2000);
        add("Parviz", "Sohrabi", null, 1990, null, Organization.FARAJA, null);
        add("Parviz", "Sohrabi", null, 1990, null, Organization.FARAJA, null);
        int first = records.size() - 2;
        Registration careful = new Registration(Registration.SCHEMA, "r-careful", Instant.parse("2026-01-01T00:00:00Z"),
                Channel.WEB, "fa", new Person("Parviz", "Sohrabi", null, 1990, null, null),
                new Service(Organization.FARAJA, null, null, null, null, null, null),
                List.of(new FamilyMember(Relation.CHILD, 1999)), null, null, Urgency.LOW, List.of());
        records.add(PersonRecord.of(records.size(), careful));
        PairComparator comparator = comparator();
        List<String> reasons = new ArrayList<>();

        double consistent = comparator.compare(records.get(first), records.get(first + 1), null);
        double oneSided = comparator.compare(records.get(first), records.get(first + 2));
        reasons.addAll(comparator.reasons(records.get(first), records.get(first + 2)));

        assertThat(records.get(first + 2).contradictsItself()).as("a child born when he was nine").isTrue();
        assertThat(records.get(first).contradictsItself()).isFalse();
        assertThat(oneSided).isEqualTo(consistent + LinkageModel.defaults().value(LinkageModel.Field.PAIR, "oneSidedContradiction"));
        assertThat(reasons).contains("only one of the two contradicts itself");
    }

    @Test
    void onePersonHasOneFatherSoARegistrationWithoutOneCannotJoinTwoSonsOfDifferentFathers() {
        background(2000);
        int first = records.size();
        add("Siamak", "Dehghanpour", "Nader", 1980, null, Organization.IRGC, "تیپ ۱۰");
        add("Siamak", "Dehghanpour", "Behrouz", 1980, null, Organization.IRGC, "تیپ ۱۰");
        add("سیامک", "دهقان‌پور", null, 1980, null, Organization.IRGC, "10th Brigade");

        Clusters clusters = link();

        assertThat(clusters.clusterOf()[first]).isNotEqualTo(clusters.clusterOf()[first + 1]);
        assertThat(clusters.clusterOf()[first + 2]).isIn(clusters.clusterOf()[first], clusters.clusterOf()[first + 1]);
    }

    @Test
    void aFathersCompoundNameWrittenByItsPartOrAShortNameWithASlipIsStillOneFatherButAnotherNameIsAnother() {
        background(2000);
        int first = records.size();
        add("Siamak", "Dehghanpour", "Alireza", 1980, null, Organization.IRGC, "تیپ ۱۰");
        add("سیامک", "دهقان‌پور", "رضا", 1980, null, Organization.IRGC, "10th Brigade");
        add("Kamran", "Behzadi", "Samad", 1975, null, Organization.IRGC, "تیپ ۱۲");
        add("Kamran", "Behzadi", "Samda", 1975, null, Organization.IRGC, "تیپ ۱۲");
        add("Kamran", "Behzadi", null, 1975, null, Organization.IRGC, "تیپ ۱۲");
        add("Kamran", "Behzadi", "Behrouz", 1975, null, Organization.IRGC, "تیپ ۱۲");

        Clusters clusters = link();
        int[] clusterOf = clusters.clusterOf();

        assertThat(clusterOf[first]).as("Alireza and Reza: one father").isEqualTo(clusterOf[first + 1]);
        assertThat(clusterOf[first + 2]).as("Samad and Samda: one father, two letters swapped").isEqualTo(clusterOf[first + 3]);
        assertThat(clusterOf[first + 4]).as("no father given: joins one of them").isIn(clusterOf[first + 2], clusterOf[first + 5]);
        assertThat(clusterOf[first + 5]).as("Samad and Behrouz: two fathers").isNotEqualTo(clusterOf[first + 2]);
    }

    @Test
    void aRegistrationAloneThatSharesSomethingPrivateJoinsAGroupWhoseSparseRegistrationsSayLittle() {
        double share = LinkageModel.defaults().value(LinkageModel.Field.PAIR, "aloneJoining");
        for (boolean sharesAFather : new boolean[] {true, false}) {
            records.clear();
            backgroundInUnits(2000);
            int group = records.size();
            add("Reza", "Karimi3", "Mohammadhossein", 1975, null, Organization.IRGC, "لشکر ۲۷", "استوار دوم");
            add("Reza", "Karimi3", null, null, null, Organization.IRGC, "لشکر ۲۷", "استوار دوم"); // little more than the name
            int single = records.size();
            if (sharesAFather) {
                add("Rexa", "Karimi3", "Mohammad Hossein", 1975, null, Organization.IRGC, null); // a slip in a short name
            } else {
                add("Rexa", "Karimi3", null, 1975, null, Organization.IRGC, "Division 27", "Warrant officer 1st class"); // nothing private
            }
            PairComparator comparator = comparator();
            double link = comparator.compare(records.get(single), records.get(group));
            double average = (link + comparator.compare(records.get(single), records.get(group + 1))) / 2;

            assertThat(link).isGreaterThanOrEqualTo(comparator.threshold());
            assertThat(average).as("the average over the group").isLessThan(comparator.threshold())
                    .isGreaterThanOrEqualTo(comparator.threshold() * share);
            int[] clusterOf = link().clusterOf();
            assertThat(clusterOf[group + 1]).isEqualTo(clusterOf[group]);
            if (sharesAFather) {
                assertThat(clusterOf[single]).as("its link shares a father's name").isEqualTo(clusterOf[group]);
            } else {
                assertThat(clusterOf[single]).as("public facts alone").isNotEqualTo(clusterOf[group]);
            }
        }
    }

    @Test
    void aSpousesAgeCountsForTheirOwnOnlyWhenTheyDoNotBothGiveABirthYear() {
        background(2000);
        int first = records.size();
        for (Integer year : new Integer[] {1980, 1980, null, null}) {
            records.add(PersonRecord.of(records.size(), new Registration(Registration.SCHEMA, "r-" + records.size(),
                    Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "fa", new Person("Hamid", "Rezaei", null, year, null, null),
                    new Service(Organization.IRGC, null, null, null, null, null, null),
                    List.of(new FamilyMember(Relation.SPOUSE, 1984)), null, null, Urgency.LOW, List.of())));
        }
        PairComparator comparator = comparator();
        LinkageModel model = LinkageModel.defaults();

        List<String> withYears = comparator.reasons(records.get(first), records.get(first + 1));
        List<String> withoutYears = comparator.reasons(records.get(first + 2), records.get(first + 3));
        double oneYearLeftOut = comparator.compare(records.get(first), records.get(first + 2));
        double noYears = comparator.compare(records.get(first + 2), records.get(first + 3));

        assertThat(withYears).noneMatch(reason -> reason.contains("ages told by a family member"));
        assertThat(withoutYears).anyMatch(reason -> reason.contains("ages told by a family member"));
        assertThat(oneYearLeftOut).isEqualTo(noYears);
        assertThat(comparator.compare(records.get(first), records.get(first + 1)) - noYears).as("a birth year agreeing counts more than a spouse's age")
                .isGreaterThan(0);
        assertThat(model.value(LinkageModel.Field.FAMILY, "age")).isPositive();
    }

    @Test
    void aPairWeighsTheSameWhicheverWayRoundItIsCompared() {
        List<Generator.Generated> generated = new Generator(7).generate(3000);
        for (int i = 0; i < generated.size(); i++) {
            records.add(PersonRecord.of(i, generated.get(i).registration()));
        }
        // a man who married twice lists both wives once, and the first alone once
        for (List<FamilyMember> family : List.of(List.of(new FamilyMember(Relation.SPOUSE, 1980)),
                List.of(new FamilyMember(Relation.SPOUSE, 1990), new FamilyMember(Relation.SPOUSE, 1980)))) {
            records.add(PersonRecord.of(records.size(), new Registration(Registration.SCHEMA, "r-" + records.size(),
                    Instant.parse("2026-01-01T00:00:00Z"), Channel.WEB, "en", new Person("Kourosh", "Dehghanpour", "Nader",
                    1975, null, null), new Service(Organization.IRGC, null, null, null, null, null, null), family, null, null,
                    Urgency.LOW, List.of())));
        }
        PairComparator comparator = comparator();
        Map<String, List<PersonRecord>> blocks = new HashMap<>();
        records.forEach(r -> Blocking.keys(r).forEach(key -> blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r)));
        int pairs = 0;
        for (List<PersonRecord> block : blocks.values()) {
            for (int i = 0; i < block.size(); i++) {
                for (int j = i + 1; j < block.size(); j++) {
                    PersonRecord a = block.get(i);
                    PersonRecord b = block.get(j);
                    assertThat(comparator.compare(b, a, null)).as(a.id() + " / " + b.id()).isEqualTo(comparator.compare(a, b, null));
                    pairs++;
                }
            }
        }
        assertThat(pairs).isGreaterThan(1000);
    }

    @Test
    void birthYearsTwoApartCountLessAgainstThanFurther() {
        background(2000);
        int first = records.size();
        add("Behnam", "Sohrabvand", "Nader", 1984, null);
        add("Behnam", "Sohrabvand", "Nader", 1986, null);
        add("Behnam", "Sohrabvand", "Nader", 1988, null);
        PairComparator comparator = comparator();

        double twoApart = comparator.compare(records.get(first), records.get(first + 1), null);
        double fourApart = comparator.compare(records.get(first), records.get(first + 2), null);

        assertThat(twoApart).isGreaterThan(fourApart + 3);
    }

    @Test
    void oneEditApartIsLevenshteinDistanceOne() {
        assertThat(Edits.oneEditApart("mnsrlV", "mnhrlV")).isTrue();
        assertThat(Edits.oneEditApart("mhmd", "mhd")).isTrue();
        assertThat(Edits.oneEditApart("mhd", "mhmd")).isTrue();
        assertThat(Edits.oneEditApart("qsm", "qsmV")).isTrue();
        assertThat(Edits.oneEditApart("hsin", "hsin")).isFalse();
        assertThat(Edits.oneEditApart("hsin", "shin")).isFalse();
        assertThat(Edits.oneEditApart("abcd", "abdc")).isFalse();
    }

    @Test
    void aUnitWrittenInTwoScriptsMeetsOnItsNumber() {
        assertThat(PersonRecord.unitNumber("لشکر27محمدرسولالله")).isEqualTo("27");
        assertThat(PersonRecord.unitNumber("27thmohammadrasulallahdivision")).isEqualTo("27");
        assertThat(PersonRecord.unitNumber("headquarters")).isEmpty();
    }

    @Test
    void aSlipIsOneEditOrTwoNeighboursSwapped() {
        assertThat(Edits.oneSlipApart("0012345679", "0012345678")).isTrue();
        assertThat(Edits.oneSlipApart("0012345679", "0013245679")).isTrue();
        assertThat(Edits.oneSlipApart("0012345679", "0099345679")).isFalse();
        assertThat(Edits.oneSlipApart("یزدانزاده", "یدزانزاده")).isTrue();
        assertThat(Edits.oneSlipApart("علیرضا", "عیلرضا")).isTrue();
        assertThat(Edits.oneSlipApart("abcd", "badc")).isFalse();
        assertThat(Edits.oneSlipApart("abcd", "abcd")).isFalse();
        assertThat(Edits.oneSlipApart("ab", "ba")).isTrue();
    }
}
