package org.safepassage.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.InvalidRegistrationException.Violation;

/**
 * The schema's reading rules (1.1), one kind of real-input mess at a time: web clients' blank
 * strings, digits typed in Persian or Arabic-Indic, numbers as strings, spreadsheets' lost leading
 * zeros, letter case, words for relations; an optional field that breaks its rule is set aside and
 * the registration is still read, a broken required field refuses it.
 */
class RegistrationReadingRulesTest {

    private static String with(String person, String service, String family, String urgency) {
        return """
                {"schema":"safepassage.registration/1","id":"r-mess","receivedAt":"2026-01-14T09:00:00Z","channel":"import",
                 "language":"fa","person":%s,"service":%s,"family":%s,"access":"","narrative":"  ","urgency":%s}
                """.formatted(person, service, family, urgency);
    }

    private static RegistrationReading read(String person) {
        return RegistrationParser.read(with(person, "{\"organization\":\"IRGC\"}", "[]", "\"high\""));
    }

    @Test
    void aBlankStringIsAnAbsentField() {
        RegistrationReading reading = RegistrationParser.read(with(
                "{\"givenName\":\"\",\"familyName\":\" \",\"fatherName\":\"حسین\",\"birthYear\":\"\",\"birthPlace\":\"\",\"nationalId\":\"\"}",
                "{\"organization\":\"ARTESH\",\"branch\":\"\",\"unit\":\"\",\"rank\":\" \",\"yearsOfService\":\"\",\"province\":\"\"}",
                "[]", "\"low\""));
        Registration registration = reading.registration();
        assertThat(reading.setAside()).isEmpty();
        assertThat(registration.person()).isEqualTo(new Person(null, null, "حسین", null, null, null));
        assertThat(registration.service()).isEqualTo(new Service(Organization.ARTESH, null, null, null, null, null, null));
        assertThat(registration.access()).isNull();
        assertThat(registration.narrative()).isNull();
    }

    @Test
    void aByteOrderMarkBeforeTheLineIsNoPartOfIt() {
        String line = with("{\"givenName\":\"\uFEFFعلی\"}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"");
        assertThat(RegistrationParser.read("\uFEFF" + line).registration()).isEqualTo(RegistrationParser.read(line).registration());
        assertThat(RegistrationParser.read("\uFEFF\uFEFF" + line).registration().id()).isEqualTo("r-mess");
        assertThat(RegistrationParser.read(("\uFEFF" + line).getBytes(java.nio.charset.StandardCharsets.UTF_8)).registration().id())
                .isEqualTo("r-mess");
        assertThat(RegistrationParser.read(line).registration().person().givenName())
                .as("a mark inside a value is the value's, for the reader of names to judge").isEqualTo("\uFEFFعلی");
        assertThatThrownBy(() -> RegistrationParser.read("\uFEFF"))
                .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("(document)");
    }

    @Test
    void theTimeOfArrivalAsDatabasesAndPersianExportsWriteIt() {
        Instant nine = Instant.parse("2026-01-14T09:00:00Z");
        for (String written : new String[] {"2026-01-14 09:00:00Z", "2026-01-14t09:00:00z", "2026-01-14 12:30:00+03:30",
                "۲۰۲۶-۰۱-۱۴T۰۹:۰۰:۰۰Z", "2026-01-14T09:00Z", "2026-01-14T12:30:00+0330", "2026-01-14T12:30:00 +03:30",
                "2026-01-14 09:00:00 UTC", "2026-01-14T09:00:00gmt", "2026-01-14T09:00:00+00", "Wed, 14 Jan 2026 09:00:00 GMT",
                "Wed, 14 Jan 2026 12:30:00 +0330"}) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"")
                    .replace("2026-01-14T09:00:00Z", written);
            assertThat(RegistrationParser.read(line).registration().receivedAt()).as(written).isEqualTo(nine);
        }
        for (String written : new String[] {"14/01/2026 09:00", "2026-01-14T09:00:00 EST",
                "2026-01-14T09:00:00+25:00", "Wed, 14 Jan 2026 09:00:00", "2026-11-30T48:00:00Z"}) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"")
                    .replace("2026-01-14T09:00:00Z", written);
            assertThatThrownBy(() -> RegistrationParser.read(line)).as("no instant: %s", written)
                    .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("receivedAt: must be an ISO-8601 UTC instant");
        }
        // a local time, as a database's date and time column exports it, and a date alone: refused
        // saying what to add, as either could be at Tehran's offset or at UTC
        for (String written : new String[] {"2026-01-14 09:00:00", "2026-01-14T09:00", "۲۰۲۶-۰۱-۱۴ ۰۹:۰۰:۰۰"}) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"")
                    .replace("2026-01-14T09:00:00Z", written);
            assertThatThrownBy(() -> RegistrationParser.read(line)).as("no zone: %s", written)
                    .isInstanceOf(InvalidRegistrationException.class)
                    .hasMessageContaining("receivedAt: has no time zone: add Z if the time is at UTC (2026-01-14T09:00:00Z), or its offset");
        }
        assertThatThrownBy(() -> RegistrationParser.read(with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"")
                .replace("2026-01-14T09:00:00Z", "2026-01-14")))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasMessageContaining("receivedAt: is a date without a time: the time of arrival needs its hour and zone");
    }

    /**
     * The intake's own form (2026-01-14T09:00:00Z) is read field by field, for speed: it must read
     * every such text as {@link Instant#parse} does, the month's last days, a leap day, midnight
     * written as 24:00:00 and a leap second included, and refuse what it refuses.
     */
    @Test
    void theIntakesOwnFormIsReadAsTheStandardLibraryReadsIt() {
        String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"");
        java.util.List<String> written = new java.util.ArrayList<>(java.util.List.of("2024-02-29T00:00:00Z", "2026-01-14T24:00:00Z",
                "2026-12-31T23:59:60Z", "2026-02-29T08:00:00Z", "2026-02-30T08:00:00Z", "2026-13-01T08:00:00Z", "2026-00-10T08:00:00Z",
                "2026-01-00T08:00:00Z", "2026-01-14T25:00:00Z", "2026-01-14T09:60:00Z", "2026-01-14T24:00:01Z", "0000-01-01T00:00:00Z"));
        java.util.Random random = new java.util.Random(5);
        for (int i = 0; i < 2_000; i++) {
            written.add(String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", 1990 + random.nextInt(60), random.nextInt(14), random.nextInt(33),
                    random.nextInt(26), random.nextInt(61), random.nextInt(62)));
        }
        for (String text : written) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (java.time.format.DateTimeParseException refused) {
                expected = null;
            }
            String registration = line.replace("2026-01-14T09:00:00Z", text);
            if (expected == null) {
                assertThatThrownBy(() -> RegistrationParser.read(registration)).as(text)
                        .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("receivedAt:");
            } else {
                assertThat(RegistrationParser.read(registration).registration().receivedAt()).as(text).isEqualTo(expected);
            }
        }
    }

    /** A list whose sender says its times are local to a zone: its times without one are read there, and only those. */
    @Test
    void localTimesAreReadAtTheZoneTheListsSenderGives() {
        String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"high\"");
        Instant nine = Instant.parse("2026-01-14T09:00:00Z");
        for (String written : new String[] {"2026-01-14 12:30:00", "2026-01-14T12:30", "۲۰۲۶-۰۱-۱۴ ۱۲:۳۰:۰۰"}) {
            assertThat(RegistrationParser.read(line.replace("2026-01-14T09:00:00Z", written), ZoneId.of("Asia/Tehran"))
                    .registration().receivedAt()).as(written).isEqualTo(nine);
            assertThat(RegistrationParser.read(line.replace("2026-01-14T09:00:00Z", written), ZoneOffset.ofHoursMinutes(3, 30))
                    .registration().receivedAt()).as(written).isEqualTo(nine);
        }
        // a time that gives its zone keeps it; a date alone still has no hour
        assertThat(RegistrationParser.read(line, ZoneId.of("Asia/Tehran")).registration().receivedAt()).isEqualTo(nine);
        assertThat(RegistrationParser.read(line.replace("2026-01-14T09:00:00Z", "2026-01-14T12:30:00+03:30"), ZoneOffset.UTC)
                .registration().receivedAt()).isEqualTo(nine);
        assertThatThrownBy(() -> RegistrationParser.read(line.replace("2026-01-14T09:00:00Z", "2026-01-14"), ZoneOffset.UTC))
                .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("receivedAt: is a date without a time");
        assertThatThrownBy(() -> RegistrationParser.read(line.replace("2026-01-14T09:00:00Z", "2026-01-14 12:30:00")))
                .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("(--local-times-at)");
    }

    @Test
    void aBlankRequiredFieldRefusesTheLineSayingWhich() {
        assertThatThrownBy(() -> RegistrationParser.read(with("{}", "{\"organization\":\"\"}", "[]", "\"\"")))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasMessageContaining("service.organization: is required")
                .hasMessageContaining("urgency: is required");
    }

    @Test
    void digitsInEveryScriptAndNumbersAsStrings() {
        assertThat(read("{\"nationalId\":\"۰۹۴۱۲۳۴۵۶۷\",\"birthYear\":\"۱۹۶۱\"}").registration().person())
                .extracting(Person::nationalId, Person::birthYear).containsExactly("0941234567", 1961);
        assertThat(read("{\"nationalId\":\"٠٩٤١٢٣٤٥٦٧\",\"birthYear\":1961.0}").registration().person())
                .extracting(Person::nationalId, Person::birthYear).containsExactly("0941234567", 1961);
        assertThat(read("{\"birthYear\":\"1961.0\"}").registration().person().birthYear()).isEqualTo(1961);
        assertThat(read("{\"birthYear\":\"۱۳۴۰٫۰\"}").registration().person().birthYear()).as("a Persian decimal mark").isEqualTo(1961);
        assertThat(read("{\"birthYear\":\"1961.5\"}").setAside()).extracting(Violation::field).containsExactly("person.birthYear");
        assertThat(read("{\"nationalId\":\"094-123456-7\"}").registration().person().nationalId()).isEqualTo("0941234567");
        assertThat(read("{\"nationalId\":\"094 123 4567\"}").registration().person().nationalId()).isEqualTo("0941234567");
        RegistrationReading service = RegistrationParser.read(with("{}",
                "{\"organization\":\"FARAJA\",\"yearsOfService\":\"۱۲\",\"unit\":27}", "[]", "\"medium\""));
        assertThat(service.registration().service().yearsOfService()).isEqualTo(12);
        assertThat(service.registration().service().unit()).isEqualTo("27");
        assertThat(service.setAside()).isEmpty();
    }

    @Test
    void aYearThatCanOnlyBeSolarHijriIsReadInIt() {
        assertThat(read("{\"birthYear\":\"۱۳۴۰\"}").registration().person().birthYear()).isEqualTo(1961);
        assertThat(read("{\"birthYear\":1362}").registration().person().birthYear()).isEqualTo(1983);
    }

    @Test
    void aNationalIdThatLostItsLeadingZerosInASpreadsheetGetsThemBackWhenTheCheckDigitSaysSo() {
        String valid = LongStream.range(10_000_000L, 99_999_999L).mapToObj(n -> String.format("00%08d", n))
                .filter(NationalId::hasValidCheckDigit).findFirst().orElseThrow();
        assertThat(read("{\"nationalId\":\"" + valid.substring(2) + "\"}").registration().person().nationalId()).isEqualTo(valid);
        assertThat(read("{\"nationalId\":" + Long.parseLong(valid) + "}").registration().person().nationalId()).isEqualTo(valid);
    }

    @Test
    void aNationalIdAsDataToolsAndSpreadsheetsExportIt() {
        String valid = LongStream.range(1_000_000_000L, 9_999_999_999L).mapToObj(Long::toString)
                .filter(NationalId::hasValidCheckDigit).findFirst().orElseThrow();
        String lostZeros = LongStream.range(10_000_000L, 99_999_999L).mapToObj(n -> String.format("00%08d", n))
                .filter(NationalId::hasValidCheckDigit).findFirst().orElseThrow();
        for (String written : new String[] {valid + ".0", "\"" + valid + ".0\"", "\"" + valid + ".00\"", "\"'" + valid + "\"",
                "\"=\\\"" + valid + "\\\"\"", "\"کد ملی: " + valid + "\"", "\"No. " + valid + "\"", "\"(" + valid + ")\""}) {
            RegistrationReading reading = read("{\"nationalId\":" + written + "}");
            assertThat(reading.registration().person().nationalId()).as(written).isEqualTo(valid);
            assertThat(reading.setAside()).isEmpty();
        }
        assertThat(read("{\"nationalId\":" + Long.parseLong(lostZeros) + ".0}").registration().person().nationalId())
                .as("a number column with gaps: a float, its leading zeros lost").isEqualTo(lostZeros);
        for (String written : new String[] {valid + ".5", "\"" + valid + " / 0941234567\"", "\"" + valid + ".05\"",
                "\"0912 345 6789\"", "\"ID 12345 of 1380\"", "\"none\""}) {
            RegistrationReading reading = read("{\"nationalId\":" + written + "}");
            assertThat(reading.registration().person().nationalId()).as(written).isNull();
            assertThat(reading.setAside()).extracting(Violation::field).containsExactly("person.nationalId");
        }
    }

    @Test
    void aBrokenOptionalFieldIsSetAsideAndTheRegistrationIsStillRead() {
        RegistrationReading reading = RegistrationParser.read(with(
                "{\"givenName\":\"Reza\",\"nationalId\":\"12345\",\"birthYear\":\"sixty-one\"}",
                "{\"organization\":\"IRGC\",\"yearsOfService\":300}",
                "[{\"relation\":\"neighbour\",\"birthYear\":1990},{\"relation\":\"spouse\",\"birthYear\":\"soon\"},\"x\"]",
                "\"immediate\""));
        Registration registration = reading.registration();
        assertThat(registration.person().givenName()).isEqualTo("Reza");
        assertThat(registration.person().nationalId()).isNull();
        assertThat(registration.person().birthYear()).isNull();
        assertThat(registration.service().yearsOfService()).isNull();
        assertThat(registration.family()).containsExactly(new FamilyMember(Relation.SPOUSE, null));
        assertThat(reading.setAside()).extracting(Violation::field).containsExactly("person.birthYear", "person.nationalId",
                "service.yearsOfService", "family[0].relation", "family[1].birthYear", "family[2]");
        assertThat(reading.reasons()).contains("could not read person.nationalId: must be 10 digits");
    }

    @Test
    void lettersInAnyCaseAndCommonWordsForRelations() {
        RegistrationReading reading = RegistrationParser.read(with("{}", "{\"organization\":\"irgc\"}",
                "[{\"relation\":\"Wife\"},{\"relation\":\"دختر\"},{\"relation\":\"Brother\"},{\"relation\":\"father\"}]", "\"High\""));
        assertThat(reading.registration().service().organization()).isEqualTo(Organization.IRGC);
        assertThat(reading.registration().urgency()).isEqualTo(Urgency.HIGH);
        assertThat(reading.registration().family()).extracting(FamilyMember::relation)
                .containsExactly(Relation.SPOUSE, Relation.CHILD, Relation.SIBLING, Relation.PARENT);
        assertThat(reading.setAside()).isEmpty();
    }

    @Test
    void aRelationAsAPersianFormAnswersItAndOtherKinAsOther() {
        RegistrationReading reading = RegistrationParser.read(with("{}", "{\"organization\":\"IRGC\"}",
                "[{\"relation\":\"همسرم\"},{\"relation\":\"پسرم\"},{\"relation\":\"مادرم\"},{\"relation\":\"خواهرم\"},"
                        + "{\"relation\":\"My Wife\"},{\"relation\":\"نوه\"},{\"relation\":\"Mother-in-law\"},"
                        + "{\"relation\":\"Cousin\"},{\"relation\":\"neighbour\"}]", "\"low\""));
        assertThat(reading.registration().family()).extracting(FamilyMember::relation).containsExactly(Relation.SPOUSE,
                Relation.CHILD, Relation.PARENT, Relation.SIBLING, Relation.SPOUSE, Relation.OTHER, Relation.OTHER, Relation.OTHER);
        assertThat(reading.setAside()).extracting(Violation::field).containsExactly("family[8].relation");
    }

    @Test
    void aLanguageByItsNameAndAnUrgencyByItsPersianWord() {
        for (String[] pair : new String[][] {{"Farsi", "fa"}, {"Persian", "fa"}, {"فارسی", "fa"}, {"English", "en"}, {"fa_IR", "fa-ir"},
                {"Parsi", "fa"}, {"پارسی", "fa"}, {"fas", "fa"}, {"Farsi (Persian)", "fa"}, {"Persian/Farsi", "fa"}, {"English (US)", "en"},
                {"Kurdish", "ku"}, {"کردی", "ku"}, {"ترکی", "az"}, {"Azeri", "az"}, {"Turkish", "tr"}, {"عربی", "ar"}, {"بلوچی", "bal"}}) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"").replace("\"language\":\"fa\"", "\"language\":\"" + pair[0] + "\"");
            assertThat(RegistrationParser.read(line).registration().language()).as(pair[0]).isEqualTo(pair[1]);
        }
        String two = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"").replace("\"language\":\"fa\"", "\"language\":\"Farsi and English\"");
        assertThatThrownBy(() -> RegistrationParser.read(two)).as("two languages are no one tag")
                .hasMessageContaining("language: must be a language tag");
        Object[][] urgencies = {{"کم", Urgency.LOW}, {"متوسط", Urgency.MEDIUM}, {"زیاد", Urgency.HIGH}, {"بالا", Urgency.HIGH},
                {"فوری", Urgency.IMMEDIATE}, {"Immediate", Urgency.IMMEDIATE},
                // the intake form's own answers, and the ends of the scale as lists write them
                {"Not urgent", Urgency.LOW}, {"فوری نیست", Urgency.LOW}, {"Within months", Urgency.MEDIUM}, {"ظرف چند هفته", Urgency.HIGH},
                {"I am in danger now", Urgency.IMMEDIATE}, {"هم‌اکنون در خطرم", Urgency.IMMEDIATE}, {"Urgent", Urgency.IMMEDIATE},
                {"غیر فوری", Urgency.LOW}, {"Normal", Urgency.MEDIUM}, {"خیلی فوری", Urgency.IMMEDIATE}};
        for (Object[] pair : urgencies) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"" + pair[0] + "\"");
            assertThat(RegistrationParser.read(line).registration().urgency()).as((String) pair[0]).isEqualTo(pair[1]);
        }
        assertThatThrownBy(() -> RegistrationParser.read(with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"soon\"")))
                .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("urgency: must be one of");
    }

    @Test
    void aChannelByTheWordsListsUseForIt() {
        Object[][] channels = {{"Website", Channel.WEB}, {"آنلاین", Channel.WEB}, {"وب\u200cسایت", Channel.WEB},
                {"offline packet", Channel.PACKET}, {"بسته", Channel.PACKET}, {"Partner list", Channel.IMPORT},
                {"فهرست", Channel.IMPORT}, {"IMPORT", Channel.IMPORT}};
        for (Object[] pair : channels) {
            String line = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"")
                    .replace("\"channel\":\"import\"", "\"channel\":\"" + pair[0] + "\"");
            assertThat(RegistrationParser.read(line).registration().channel()).as((String) pair[0]).isEqualTo(pair[1]);
        }
        String email = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"").replace("\"channel\":\"import\"", "\"channel\":\"email\"");
        assertThatThrownBy(() -> RegistrationParser.read(email)).isInstanceOf(InvalidRegistrationException.class)
                .hasMessageContaining("channel: must be one of");
    }

    @Test
    void aBilingualListsTwoColumnsForOneFieldAreReadAsOneNameInPersianLetters() {
        for (String person : new String[] {
                "{\"first_name_fa\":\"علی\",\"first_name_en\":\"Ali\",\"last_name_en\":\"Karimi\",\"last_name_fa\":\"کریمی\"}",
                "{\"نام (انگلیسی)\":\"Ali\",\"نام (فارسی)\":\"علی\",\"English Surname\":\"Karimi\",\"Persian Surname\":\"کریمی\"}"}) {
            RegistrationReading reading = RegistrationParser.read(with(person, "{\"organization\":\"IRGC\"}", "[]", "\"low\""));
            assertThat(reading.registration().person().givenName()).as(person).isEqualTo("علی");
            assertThat(reading.registration().person().familyName()).as(person).isEqualTo("کریمی");
            assertThat(reading.ignoredFields()).as("the other column is the same name, not an unknown field").isEmpty();
        }
        // Persian letters, not a stray Arabic mark a romaniser left in the Latin column
        RegistrationReading marked = RegistrationParser.read(with("{\"birthPlace_en\":\"\u0653ml\",\"birthPlace_fa\":\"آمل\"}",
                "{\"organization\":\"IRGC\"}", "[]", "\"low\""));
        assertThat(marked.registration().person().birthPlace()).isEqualTo("آمل");
        // a flat export's columns likewise
        RegistrationReading flat = RegistrationParser.read("""
                {"schema":"safepassage.registration/1","id":"r-1","receivedAt":"2026-01-14T09:00:00Z","channel":"import",
                 "language":"fa","first_name_en":"Ali","first_name_fa":"علی","Organisation":"سپاه","rank_en":"Colonel","urgency":"low"}
                """);
        assertThat(flat.registration().person().givenName()).isEqualTo("علی");
        assertThat(flat.registration().service().rank()).isEqualTo("Colonel");
        // the schema's own name, or a name lists give the field, comes first; a name that only ends like a script is no field
        RegistrationReading own = RegistrationParser.read(with("{\"givenName\":\"Ali\",\"first_name_fa\":\"علی\",\"children\":\"2\"}",
                "{\"organization\":\"IRGC\"}", "[]", "\"low\""));
        assertThat(own.registration().person().givenName()).isEqualTo("Ali");
        assertThat(own.ignoredFields()).containsExactly("person.children");
        // but blank is absent: a template's empty column under the schema's own name hides nothing
        RegistrationReading template = RegistrationParser.read(with("{\"givenName\":\"\",\"familyName\":\" \",\"first_name_fa\":\"علی\","
                + "\"surname\":\"کریمی\"}", "{\"organization\":\"IRGC\"}", "[]", "\"low\""));
        assertThat(template.registration().person().givenName()).isEqualTo("علی");
        assertThat(template.registration().person().familyName()).isEqualTo("کریمی");
    }

    @Test
    void anOrganisationNamedWithinALongerNameIsReadAndTheNameKeptAsTheBranch() {
        Object[][] written = {
                {"IRGC - Quds Force", Organization.IRGC}, {"سپاه پاسداران انقلاب اسلامی - نیروی قدس", Organization.IRGC},
                {"IRGC Navy", Organization.IRGC}, {"نیروی دریایی سپاه", Organization.IRGC},
                {"نیروی هوایی ارتش", Organization.ARTESH}, {"Islamic Republic of Iran Army Ground Forces", Organization.ARTESH},
                {"پلیس راهور", Organization.FARAJA},
                {"Ministry of Defence", Organization.MINISTRY}, {"وزارت دفاع", Organization.MINISTRY}, {"وزارت کشور", Organization.MINISTRY},
                // the longest name wins: the intelligence ministry is not a ministry, the IRGC's full name not the army
                {"Ministry of Intelligence and National Security", Organization.MOIS},
                {"وزارت اطلاعات جمهوری اسلامی ایران", Organization.MOIS},
                {"Army of the Guardians of the Islamic Revolution of Iran", Organization.IRGC},
                // "intelligence" inside a force's name is its unit, not the ministry
                {"سازمان اطلاعات سپاه", Organization.IRGC}, {"حفاظت اطلاعات ارتش", Organization.ARTESH},
                {"Intelligence Organization of the IRGC", Organization.IRGC},
                // the Basij is one of the IRGC's forces
                {"بسیج سپاه", Organization.BASIJ}, {"Basij (IRGC)", Organization.BASIJ},
                {"Revolutionary Court of Tehran", Organization.JUDICIARY}, {"دادگاه ویژه روحانیت قم", Organization.JUDICIARY}, {"Embassy of Iran in Baghdad", Organization.DIPLOMATIC}};
        for (Object[] pair : written) {
            Service service = RegistrationParser.read(with("{}", "{\"organization\":\"" + pair[0] + "\"}", "[]", "\"low\""))
                    .registration().service();
            assertThat(service.organization()).as((String) pair[0]).isEqualTo(pair[1]);
            assertThat(service.branch()).as("the branch of " + pair[0]).isEqualTo(pair[0]);
        }
        // a force only one organisation has names it alone, and says the branch
        Service quds = RegistrationParser.read(with("{}", "{\"organization\":\"Quds Force\"}", "[]", "\"low\"")).registration().service();
        assertThat(quds.organization()).isEqualTo(Organization.IRGC);
        assertThat(quds.branch()).isEqualTo("Quds Force");
        // the organisation's own names say no branch, alone or side by side; a branch given is kept
        for (String ownNames : new String[] {"Sepah-e Pasdaran", "Police (FARAJA)", "FARAJA / Police", "IRGC (Sepah)"}) {
            Service own = RegistrationParser.read(with("{}", "{\"organization\":\"" + ownNames + "\"}", "[]", "\"low\"")).registration().service();
            assertThat(own.organization()).as(ownNames).isIn(Organization.IRGC, Organization.FARAJA);
            assertThat(own.branch()).as(ownNames).isNull();
        }
        Service given = RegistrationParser.read(with("{}", "{\"organization\":\"IRGC Navy\",\"branch\":\"ندسا\"}", "[]", "\"low\""))
                .registration().service();
        assertThat(given.organization()).isEqualTo(Organization.IRGC);
        assertThat(given.branch()).isEqualTo("ندسا");
    }

    @Test
    void anOrganisationByTheNamesListsGiveIt() {
        Object[][] written = {
                {"سپاه", Organization.IRGC}, {"سپاه پاسداران انقلاب اسلامی", Organization.IRGC}, {"Sepah-e Pasdaran", Organization.IRGC},
                {"I.R.G.C.", Organization.IRGC}, {"Islamic Revolutionary Guard Corps", Organization.IRGC},
                {"ارتش", Organization.ARTESH}, {"Army", Organization.ARTESH},
                {"ناجا", Organization.FARAJA}, {"نیروی انتظامی", Organization.FARAJA}, {"Police", Organization.FARAJA},
                {"بسيج", Organization.BASIJ}, {"وزارت اطلاعات", Organization.MOIS}, {"VAJA", Organization.MOIS},
                {"Ministry of Intelligence", Organization.MOIS}, {"قوه قضائیه", Organization.JUDICIARY},
                {"قوه\u200cقضاییه", Organization.JUDICIARY}, {"حوزه علمیه", Organization.CLERGY},
                {"وزارت امور خارجه", Organization.DIPLOMATIC}, {"Ministry of Foreign Affairs", Organization.DIPLOMATIC},
                {"وزارتخانه", Organization.MINISTRY}, {"سایر", Organization.OTHER},
                // romanised, as partner lists write the Persian names
                {"Ettelaat", Organization.MOIS}, {"Vezarat-e Ettelaat", Organization.MOIS}, {"Ministry of Information", Organization.MOIS},
                {"Ghove Ghazaiye", Organization.JUDICIARY}, {"Qoveh-ye Qazaiyeh", Organization.JUDICIARY},
                {"Hawza", Organization.CLERGY}, {"Howzeh Elmiyeh", Organization.CLERGY}, {"Rouhaniyat", Organization.CLERGY},
                {"Niroye Entezami", Organization.FARAJA}, {"Basij-e Mostazafin", Organization.BASIJ}, {"SAHEFA", Organization.IRGC},
                {"Vezarat-e Omur-e Kharejeh", Organization.DIPLOMATIC}, {"Vezarat-e Keshvar", Organization.MINISTRY},
                {"Vezarat", Organization.MINISTRY}, {"Polis", Organization.FARAJA}, {"FATA", Organization.FARAJA},
                {"Nezaja", Organization.ARTESH}, {"Dadsara", Organization.JUDICIARY}, {"Dadgah-e Enghelab", Organization.JUDICIARY},
                {"Prosecutor", Organization.JUDICIARY}, {"Konsulgari", Organization.DIPLOMATIC}, {"Rouhani", Organization.CLERGY},
                {"Imam Jomeh", Organization.CLERGY}, {"امام جمعه", Organization.CLERGY},
                {"Dadgah-e Vizheh-ye Rouhaniyat", Organization.JUDICIARY}};
        for (Object[] pair : written) {
            String line = with("{}", "{\"organization\":\"" + pair[0] + "\"}", "[]", "\"low\"");
            assertThat(RegistrationParser.read(line).registration().service().organization()).as((String) pair[0]).isEqualTo(pair[1]);
        }
        for (String unknown : new String[] {"Department of Silly Walks", "سپاه و ارتش", "Sepah and Artesh", "Guard", "حوزه", "Mehr news", "Herasat", "General Staff"}) {
            assertThatThrownBy(() -> RegistrationParser.read(with("{}", "{\"organization\":\"" + unknown + "\"}", "[]", "\"low\"")))
                    .as("a name that is not one organisation's: %s", unknown).isInstanceOf(InvalidRegistrationException.class)
                    .hasMessageContaining("service.organization: must be one of");
        }
    }

    @Test
    void aPersonThatIsNotAnObjectIsSetAsideAndALanguageTagWithARegionIsRead() {
        RegistrationReading reading = RegistrationParser.read(with("\"Reza Ahmadi\"", "{\"organization\":\"OTHER\"}", "[]", "\"low\"")
                .replace("\"language\":\"fa\"", "\"language\":\"fa-IR\""));
        assertThat(reading.registration().person()).isEqualTo(Person.ANONYMOUS);
        assertThat(reading.registration().language()).isEqualTo("fa-ir");
        assertThat(reading.setAside()).extracting(Violation::field).containsExactly("person");
    }

    @Test
    void fieldNamesAsSpreadsheetsAndDatabasesWriteThem() {
        RegistrationReading reading = RegistrationParser.read(with(
                "{\"given_name\":\"Reza\",\"Surname\":\"Karimi\",\"Father's Name\":\"x\",\"national_code\":\"۰۹۴۱۲۳۴۵۶۷\","
                        + "\"DateOfBirth\":\"1961-08-03\",\"place-of-birth\":\"Mashhad\"}",
                "{\"Organisation\":\"IRGC\",\"RANK\":\"Sarhang\",\"years_of_service\":20}",
                "[{\"Relationship\":\"wife\",\"date_of_birth\":\"1965\"}]", "\"high\"")
                .replace("\"receivedAt\"", "\"received_at\"").replace("\"channel\"", "\"Channel\""));
        Registration registration = reading.registration();
        assertThat(registration.person()).isEqualTo(new Person("Reza", "Karimi", "x", 1961, "Mashhad", "0941234567"));
        assertThat(registration.service()).isEqualTo(new Service(Organization.IRGC, null, null, "Sarhang", null, 20, null));
        assertThat(registration.family()).containsExactly(new FamilyMember(Relation.SPOUSE, 1965));
        assertThat(registration.receivedAt()).isEqualTo(Instant.parse("2026-01-14T09:00:00Z"));
        assertThat(reading.setAside()).isEmpty();
        assertThat(read("{\"نام\":\"رضا\",\"نام خانوادگی\":\"کریمی\",\"نام\u200cپدر\":\"حسین\",\"کد ملي\":\"0941234567\"}")
                .registration().person()).isEqualTo(new Person("رضا", "کریمی", "حسین", null, null, "0941234567"));
    }

    @Test
    void theSchemasOwnNameWinsAndANameThatIsNoFieldsIsIgnored() {
        Person person = read("{\"firstName\":\"Ali\",\"givenName\":\"Reza\",\"name\":\"Hassan Ahmadi\",\"nickname\":\"x\"}")
                .registration().person();
        assertThat(person).isEqualTo(new Person("Reza", null, null, null, null, null));
        String untouched = with("{\"givenName\":\"Reza\"}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"");
        tools.jackson.databind.JsonNode tree = org.safepassage.core.json.Json.MAPPER.readTree(
                untouched.replace("\"givenName\"", "\"given_name\""));
        String before = tree.toString();
        assertThat(RegistrationParser.read(tree).registration().person().givenName()).isEqualTo("Reza");
        assertThat(tree.toString()).as("the caller's tree is not changed").isEqualTo(before);
    }

    @Test
    void theUnknownFieldsReadingLeftOutAreNamedByPath() {
        RegistrationReading nested = RegistrationParser.read(with("{\"givenName\":\"Reza\",\"nickname\":\"x\",\"Surname\":\"Karimi\"}",
                "{\"organization\":\"IRGC\",\"grade\":7}", "[{\"relation\":\"spouse\",\"name\":\"Zahra\"}]", "\"low\"")
                .replace("\"access\"", "\"note\":\"x\",\"familyName\":\"y\",\"access\""));
        assertThat(nested.ignoredFields()).containsExactlyInAnyOrder("person.nickname", "service.grade", "family[].name", "note",
                "familyName");
        String flat = """
                {"schema":"safepassage.registration/1","id":"r-flat","receivedAt":"2026-01-14T09:00:00Z","channel":"import",
                 "language":"fa","name":"رضا کریمی","birth_year":1340,"organization":"سپاه","source":"list 3","urgency":"high"}
                """;
        RegistrationReading reading = RegistrationParser.read(flat);
        assertThat(reading.registration().person().givenName()).as("a whole name in one column").isEqualTo("رضا کریمی");
        assertThat(reading.ignoredFields()).containsExactly("source");
        assertThat(read("{\"givenName\":\"Reza\"}").ignoredFields()).isEmpty();
    }

    @Test
    void aFlatExportsPersonAndServiceFieldsBesideTheRegistrationsOwn() {
        String flat = """
                {"schema":"safepassage.registration/1","id":"r-flat","receivedAt":"2026-01-14T09:00:00Z","channel":"import",
                 "language":"fa","givenName":"رضا","family_name":"کریمی","birthYear":1340,"organization":"سپاه","rank":"سرهنگ",
                 "urgency":"high"}
                """;
        Registration registration = RegistrationParser.read(flat).registration();
        assertThat(registration.person()).isEqualTo(new Person("رضا", "کریمی", null, 1961, null, null));
        assertThat(registration.service()).isEqualTo(new Service(Organization.IRGC, null, null, "سرهنگ", null, null, null));
        String nested = flat.replace("\"givenName\":\"رضا\",", "\"givenName\":\"رضا\",\"person\":{\"givenName\":\"Ali\"},");
        assertThat(RegistrationParser.read(nested).registration().person())
                .as("a person object given: fields beside it are unknown fields").isEqualTo(new Person("Ali", null, null, null, null, null));
    }

    @Test
    void persianThatAToolMisdecodedOnceIsReadBack() {
        // رضا, کریمی, سپاه and ۱۳۴۰ as a MySQL latin1 table or a spreadsheet opened as Windows-1252 shows them
        RegistrationReading reading = RegistrationParser.read(with(
                "{\"givenName\":\"Ø±Ø¶Ø§\",\"familyName\":\"Ú©Ø±ÛŒÙ…ÛŒ\",\"birthYear\":\"Û±Û³Û´Û°\"}",
                "{\"organization\":\"Ø³Ù¾Ø§Ù‡\"}", "[]", "\"low\""));
        assertThat(reading.registration().person()).isEqualTo(new Person("رضا", "کریمی", null, 1961, null, null));
        assertThat(reading.registration().service().organization()).isEqualTo(Organization.IRGC);
        assertThat(read("{\"givenName\":\"José\",\"familyName\":\"Øyvind\"}").registration().person())
                .isEqualTo(new Person("José", "Øyvind", null, null, null, null));
    }

    @Test
    void aDateOfBirthIsReadForItsYear() {
        Object[][] written = {{"1340/05/12", 1961}, {"۱۳۴۰/۰۵/۱۲", 1961}, {"1961-08-03", 1961}, {"1961-08-03T00:00:00Z", 1961},
                {"03.08.1961", 1961}, {"08/23/1961", 1961}, {"12/05/1340", 1961}, {"1961", 1961}};
        for (Object[] pair : written) {
            assertThat(read("{\"birthYear\":\"" + pair[0] + "\"}").registration().person().birthYear()).as((String) pair[0])
                    .isEqualTo(pair[1]);
        }
        Object[][] withCalendar = {{"۱۳۴۰ ه.ش", 1961}, {"1340 هـ.ش", 1961}, {"1340 ه\u200d.ش", 1961}, {"۱۳۴۰ شمسی", 1961},
                {"1340ش", 1961}, {"1961 میلادی", 1961}, {"1961 م", 1961}, {"1961 AD", 1961}, {"1340 SH", 1961}};
        for (Object[] pair : withCalendar) {
            assertThat(read("{\"birthYear\":\"" + pair[0] + "\"}").registration().person().birthYear()).as((String) pair[0])
                    .isEqualTo(pair[1]);
        }
        Object[][] labelled = {{"متولد ۱۳۴۰", 1961}, {"متولد: 1340", 1961}, {"سال تولد: ۱۳۴۰", 1961}, {"تاریخ تولد ۱۳۴۰/۰۵/۱۲", 1961},
                {"born 1961", 1961}, {"Born in 1961", 1961}, {"b. 1961", 1961}, {"DOB: 03.08.1961", 1961}, {"متولد ۱۳۴۰ ه.ش", 1961}};
        for (Object[] pair : labelled) {
            assertThat(read("{\"birthYear\":\"" + pair[0] + "\"}").registration().person().birthYear()).as((String) pair[0])
                    .isEqualTo(pair[1]);
        }
        Object[][] aboutRight = {{"c. 1961", 1961}, {"ca. 1961", 1961}, {"circa 1961", 1961}, {"about 1961", 1961}, {"approx. 1961", 1961},
                {"approximately 1961", 1961}, {"around 1961", 1961}, {"1961 approximately", 1961}, {"approx 1961", 1961},
                {"~1961", 1961}, {"1961?", 1961}, {"1961 (approx.)", 1961}, {"حدود ۱۳۴۰", 1961}, {"حدوداً ۱۳۴۰", 1961},
                {"تقریباً ۱۳۴۰", 1961}, {"سال ۱۳۴۰", 1961}, {"۱۳۴۰ حدودا", 1961}, {"born c. 1961", 1961}, {"متولد حدود ۱۳۴۰", 1961}};
        for (Object[] pair : aboutRight) {
            assertThat(read("{\"birthYear\":\"" + pair[0] + "\"}").registration().person().birthYear()).as((String) pair[0])
                    .isEqualTo(pair[1]);
        }
        // the span of one Solar Hijri year in Gregorian years, as conversions write it: the earlier
        Object[][] spanOfOneYear = {{"1961/62", 1961}, {"1961-62", 1961}, {"1961/1962", 1961}, {"1961 – 1962", 1961},
                {"۱۳۴۰/۴۱", 1961}, {"1999/00", 1999}};
        for (Object[] pair : spanOfOneYear) {
            assertThat(read("{\"birthYear\":\"" + pair[0] + "\"}").registration().person().birthYear()).as((String) pair[0])
                    .isEqualTo(pair[1]);
        }
        // longer than any way of writing a year: set aside unread (the patterns above are not run on a field of spaces)
        RegistrationReading padded = read("{\"birthYear\":\"" + "1961" + " ".repeat(200_000) + "?\"}");
        assertThat(padded.registration().person().birthYear()).isNull();
        assertThat(padded.setAside()).extracting(Violation::field).containsExactly("person.birthYear");
        for (String notADate : new String[] {"1400 ق", "1400 قمری", "1961 ش", "1340 میلادی", "1961 years", "1961-13-45", "45/45/1961", "1961/08", "0941234567", "1961-08-03-04", "2161-01-01",
                "متولد ۶۰", "born 1961 or 1962", "born 45 years ago", "1961/63", "1961-1965", "about 45", "c. 1400 ق", "year?"}) {
            RegistrationReading reading = read("{\"birthYear\":\"" + notADate + "\"}");
            assertThat(reading.registration().person().birthYear()).as(notADate).isNull();
            assertThat(reading.setAside()).extracting(Violation::field).containsExactly("person.birthYear");
        }
    }

    @Test
    void aNumberOfYearsWithItsUnit() {
        for (String written : new String[] {"20 years", "20 Years", "۲۰ سال", "20yrs", "20 y", "about 20 years", "~20", "20?",
                "20 years of service", "20 yrs service", "حدود ۲۰ سال", "۲۰ سال خدمت", "۲۰ سال سابقه", "سابقه ۲۰ سال", "تقریباً ۲۰"}) {
            RegistrationReading reading = RegistrationParser.read(with("{}",
                    "{\"organization\":\"IRGC\",\"yearsOfService\":\"" + written + "\"}", "[]", "\"low\""));
            assertThat(reading.registration().service().yearsOfService()).as(written).isEqualTo(20);
        }
        for (String written : new String[] {"20 months", "about twenty", "200 years", "over 20 years", "20+", "بیش از ۲۰ سال", "20-22",
                "20 years 6 months", "20" + " ".repeat(100_000) + "?"}) {
            RegistrationReading reading = RegistrationParser.read(with("{}",
                    "{\"organization\":\"IRGC\",\"yearsOfService\":\"" + written + "\"}", "[]", "\"low\""));
            assertThat(reading.setAside()).as(written).extracting(Violation::field).containsExactly("service.yearsOfService");
        }
    }

    @Test
    void oneFamilyMemberAsAnObjectOfItsOwn() {
        RegistrationReading reading = RegistrationParser.read(with("{}", "{\"organization\":\"IRGC\"}",
                "{\"relation\":\"spouse\",\"birthYear\":1965}", "\"low\""));
        assertThat(reading.registration().family()).containsExactly(new FamilyMember(Relation.SPOUSE, 1965));
        assertThat(reading.setAside()).isEmpty();
        RegistrationReading text = RegistrationParser.read(with("{}", "{\"organization\":\"IRGC\"}", "\"wife and two sons\"", "\"low\""));
        assertThat(text.setAside()).extracting(Violation::field).containsExactly("family");
    }

    @Test
    void anIdAsADatabasesNumberAndATimeAsSecondsOrMillisecondsSince1970() {
        String base = with("{}", "{\"organization\":\"IRGC\"}", "[]", "\"low\"");
        assertThat(RegistrationParser.read(base.replace("\"id\":\"r-mess\"", "\"id\":10")).registration().id()).isEqualTo("10");
        assertThat(RegistrationParser.read(base.replace("\"id\":\"r-mess\"", "\"id\":123456789012345678901234567890")).registration().id())
                .isEqualTo("123456789012345678901234567890");
        for (String id : new String[] {"-3", "1.5", "true"}) {
            assertThatThrownBy(() -> RegistrationParser.read(base.replace("\"id\":\"r-mess\"", "\"id\":" + id))).as(id)
                    .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("id: must be a string");
        }
        Instant nine = Instant.parse("2026-01-14T09:00:00Z");
        for (String written : new String[] {"1768381200", "1768381200000"}) {
            assertThat(RegistrationParser.read(base.replace("\"2026-01-14T09:00:00Z\"", written)).registration().receivedAt())
                    .as(written).isEqualTo(nine);
        }
        for (String written : new String[] {"20260114", "1768381200.5", "-1768381200", "17683812000"}) {
            assertThatThrownBy(() -> RegistrationParser.read(base.replace("\"2026-01-14T09:00:00Z\"", written))).as(written)
                    .isInstanceOf(InvalidRegistrationException.class).hasMessageContaining("receivedAt: must be an ISO-8601 UTC instant");
        }
    }

    @Test
    void aLineThatIsNotARegistrationIsRefused() {
        assertThatThrownBy(() -> RegistrationParser.read("[1, 2]")).hasMessageContaining("(document): must be a JSON object");
        assertThatThrownBy(() -> RegistrationParser.read("{\"schema\":\"safepassage.registration/1\"}"))
                .hasMessageContaining("id: is required").hasMessageContaining("service: is required");
    }
}
