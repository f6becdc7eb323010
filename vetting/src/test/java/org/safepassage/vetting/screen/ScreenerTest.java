package org.safepassage.vetting.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenerTest {

    @TempDir
    Path dir;

    private static final String FTM = """
            {"id": "ofac-0001", "schema": "Person", "properties": {"name": ["Bahram Dehghanpour"], "alias": ["بهرام دهقان‌پور"], "birthDate": ["1961-03-02"], "position": ["Deputy commander (synthetic)"]}}
            {"id": "ofac-0002", "schema": "Company", "properties": {"name": ["Synthetic Trading LLC"]}}
            {"id": "ofac-0003", "schema": "Person", "properties": {"name": ["Siavash Mirzaei Kouhi"], "birthDate": ["1975"]}}
            not json
            """;

    @Test
    void findsAPersonAcrossScriptsAndSpellingsWithReasons() throws Exception {
        List<String> problems = new ArrayList<>();
        Screener screener = new Screener(ReferenceLists.read(Files.writeString(dir.resolve("list.json"), FTM), problems::add));

        List<Screener.Match> persian = screener.screen("بهرام دهقانپور", 1961, Screener.DEFAULT_THRESHOLD);
        List<Screener.Match> latin = screener.screen("Siyavash Mirzaee Kuhi", null, Screener.DEFAULT_THRESHOLD);
        List<Screener.Match> other = screener.screen("Bahram Karimi", 1990, Screener.DEFAULT_THRESHOLD);

        assertThat(screener.size()).isEqualTo(2);
        assertThat(problems).singleElement().asString().contains("line 4");
        assertThat(persian).first().satisfies(match -> {
            assertThat(match.entity()).isEqualTo("ofac-0001");
            assertThat(match.score()).isGreaterThan(0.9);
            assertThat(match.reasons()).contains("birth year agrees (1961)");
        });
        assertThat(latin).extracting(Screener.Match::entity).containsExactly("ofac-0003");
        assertThat(other).isEmpty();
    }

    @Test
    void aPersianNameScoresTheSameWithOrWithoutZwnjSpacesOrJoinedPartsAsItsLatinForm() throws Exception {
        String list = """
                {"id": "syn-0001", "schema": "Person", "properties": {"name": ["Alireza Mohammadinejad"], "alias": ["علی‌رضا محمدی‌نژاد"]}}
                {"id": "syn-0002", "schema": "Person", "properties": {"name": ["Alireza Mohammadi"]}}
                """;
        Screener screener = new Screener(ReferenceLists.read(Files.writeString(dir.resolve("zwnj.json"), list), problem -> { }));

        double latin = top(screener, "Alireza Mohammadinejad");
        assertThat(latin).isEqualTo(1.0);
        for (String written : List.of("علیرضا محمدی نژاد", "علیرضا محمدینژاد", "علی رضا محمدی نژاد", "علی‌رضا محمدی‌نژاد",
                "Ali Reza Mohammadi Nejad", "Alireza Mohammadi-Nejad", "AlirezaMohammadinejad")) {
            assertThat(top(screener, written)).as(written).isEqualTo(latin);
            assertThat(screener.screen(written, null, Screener.DEFAULT_THRESHOLD).get(0).entity()).as(written).isEqualTo("syn-0001");
        }
    }

    private Screener listOf(String... names) throws Exception {
        StringBuilder csv = new StringBuilder("id,name\n");
        for (int i = 0; i < names.length; i++) {
            csv.append("syn-").append(i + 1).append(',').append(names[i]).append('\n');
        }
        return new Screener(ReferenceLists.read(Files.writeString(dir.resolve("list-" + names.length + ".csv"), csv), problem -> { }));
    }

    private static List<String> hits(Screener screener, String name) {
        return screener.screen(name, null, Screener.DEFAULT_THRESHOLD).stream().map(Screener.Match::entity).toList();
    }

    @Test
    void aMistypedLatinNameMeetsItsListedFormButTwoNamesTheListHoldsDoNot() throws Exception {
        Screener screener = listOf("Amir Kazemi", "Amir Karimi", "Farhad Tavakkoli", "Farhad Tavakoli Nasab", "Amir Sadeghi");

        // a letter dropped, added or changed in a word the list has never seen: a typo of the listed name
        assertThat(hits(screener, "Amir Kazrmi")).first().isEqualTo("syn-1");
        assertThat(hits(screener, "Farhad Tavakkol")).first().isEqualTo("syn-3");
        // Karimi and Kazemi are both names in their own right: one is not the other mistyped
        assertThat(hits(screener, "Amir Karimi")).containsExactly("syn-2");
        // digits typed for the letters they look like
        assertThat(hits(screener, "Am1r Kaz3mi")).first().isEqualTo("syn-1");
    }

    @Test
    void aNameIsFoundUnderTheOtherReadingOfItsSpelling() throws Exception {
        Screener screener = listOf("Meitham Othmani", "فائزه قائمی", "Maysam Rostami");

        // Arabic-style th for ث, both ways: the query's reading finds the list's, the list's the query's
        assertThat(hits(screener, "میثم عثمانی")).first().isEqualTo("syn-1");
        assertThat(hits(screener, "Meysam Osmani")).first().isEqualTo("syn-1");
        // a hamza seat as Persian romanisation writes it, and as Arabic-style romanisation does
        assertThat(hits(screener, "Faezeh Ghaemi")).first().isEqualTo("syn-2");
        assertThat(hits(screener, "Fayezeh Qaimi")).first().isEqualTo("syn-2");
        assertThat(hits(screener, "Meitham Rostami")).doesNotContain("syn-1");
    }

    @Test
    void aWordThatDiffersOnBothSidesCountsAgainstAndAFathersNameIsNotThePersons() throws Exception {
        Screener screener = listOf("Yasin Karim Nasser al-Hadidi", "Karim bin Nasser al-Sabri", "Yasin K. Farahani");

        // the same chain but another clan name: another person, however much else agrees
        assertThat(hits(screener, "Yasin Karim Nasser al-Qudsi")).doesNotContain("syn-1");
        assertThat(hits(screener, "Yasin Karim Nasser al-Hadidi")).first().isEqualTo("syn-1");
        // the father's name read as the person's: Nasser bin Karim is Karim's son, not Karim
        assertThat(hits(screener, "Nasser bin Karim al-Sabri")).doesNotContain("syn-2");
        assertThat(hits(screener, "Karim ibn Nasser al-Sabri")).first().isEqualTo("syn-2");
        // the same particle in Arabic script, both ways round
        assertThat(hits(screener, "کریم بن ناصر الصبری")).first().isEqualTo("syn-2");
        assertThat(hits(screener, "ناصر بن کریم الصبری")).doesNotContain("syn-2");
        // an initial stands for a word with its letter, and only for such a word
        assertThat(hits(screener, "Yasin Kamal Farahani")).contains("syn-3");
        assertThat(hits(screener, "Yasin Davood Farahani")).doesNotContain("syn-3");
    }

    @Test
    void partsWrittenApartAndLongChainsCitedInPartStillMeet() throws Exception {
        Screener screener = listOf("Abdulkarim Haddadi", "Zarif Noorzad", "Saman Jalali");

        // Abd al-Karim written as one word on the list
        assertThat(hits(screener, "Abd al-Karim Haddadi")).first().isEqualTo("syn-1");
        // a chain of given, father's, grandfather's and tribe names that the list cites in part
        assertThat(hits(screener, "Zarif Gul Ahmad Noorzad")).first().isEqualTo("syn-2");
        assertThat(hits(screener, "Saman Jalali")).containsExactly("syn-3");
    }

    private static double top(Screener screener, String name) {
        List<Screener.Match> matches = screener.screen(name, null, Screener.DEFAULT_THRESHOLD);
        return matches.isEmpty() ? 0 : matches.get(0).score();
    }

    @Test
    void readsCsvWithItsHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("known.csv"), """
                id,name,alias,birth_date,position
                k-1,Nader Afshar,نادر افشار,1966-01-01,synthetic officer
                k-2,,,1970-01-01,
                """);
        List<String> problems = new ArrayList<>();

        List<ReferenceEntity> entities = ReferenceLists.read(csv, problems::add);

        assertThat(entities).singleElement().satisfies(entity -> {
            assertThat(entity.names()).containsExactly("Nader Afshar", "نادر افشار");
            assertThat(entity.birthYears()).containsExactly(1966);
        });
        assertThat(problems).singleElement().asString().contains("no name");
    }

    /** The 50,000 synthetic people of ../shared/data: unrelated generated officers should rarely match any. */
    @Test
    void fewFalseHitsAgainstTheSyntheticBackgroundList() throws Exception {
        Path background = Path.of("../../shared/data/synthetic-people-global.csv");
        assumeTrue(Files.exists(background), "the shared reference data is not beside the repository");
        Screener screener = new Screener(ReferenceLists.read(background, problem -> { }));
        String[] given = {"Kourosh", "Siamak", "Behrouz", "Nader", "Babak", "Peyman", "Ramin", "Farhad"};
        String[] family = {"Dehghanpour", "Bahmanvand", "Yazdannia", "Kermanilou", "Shirazian", "Tabrizi"};
        int queries = 0;
        int hits = 0;
        for (String g : given) {
            for (String f : family) {
                queries++;
                if (!screener.screen(g + " " + f, 1975, Screener.DEFAULT_THRESHOLD).isEmpty()) {
                    hits++;
                }
            }
        }
        assertThat(screener.size()).isEqualTo(50_000);
        assertThat((double) hits / queries).isLessThan(0.05);
    }
}
