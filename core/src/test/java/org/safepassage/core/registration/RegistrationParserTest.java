package org.safepassage.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegistrationParserTest {

    /** The example of schema/registration-v1.md with a synthetic person. */
    static final String EXAMPLE = """
            {
              "schema": "safepassage.registration/1",
              "id": "r-000123",
              "receivedAt": "2026-01-14T09:00:00Z",
              "channel": "web",
              "language": "fa",
              "person": {
                "givenName": "محمدرضا", "familyName": "نمونه‌زاده", "fatherName": "حسین",
                "birthYear": 1961, "birthPlace": "طرقبه", "nationalId": "0941234567"
              },
              "service": {
                "organization": "IRGC", "branch": "Ground Force", "unit": "لشکر ۲۷",
                "rank": "سرتیپ دوم", "position": "deputy commander", "yearsOfService": 31, "province": "Tehran"
              },
              "family": [ { "relation": "spouse", "birthYear": 1965 }, { "relation": "child", "birthYear": 1994 } ],
              "access": "free text", "narrative": "free text", "urgency": "high",
              "futureField": {"kept": "and ignored"}
            }
            """;

    @Test
    void readsTheSchemaExample() {
        Registration registration = RegistrationParser.parse(EXAMPLE);
        assertThat(registration.id()).isEqualTo("r-000123");
        assertThat(registration.receivedAt()).isEqualTo(Instant.parse("2026-01-14T09:00:00Z"));
        assertThat(registration.person().givenName()).isEqualTo("محمدرضا");
        assertThat(registration.person().birthYear()).isEqualTo(1961);
        assertThat(registration.service().organization()).isEqualTo(Organization.IRGC);
        assertThat(registration.family()).extracting(FamilyMember::relation).containsExactly(Relation.SPOUSE, Relation.CHILD);
        assertThat(registration.urgency()).isEqualTo(Urgency.HIGH);
    }

    @Test
    void writesBackWhatItReads() {
        Registration registration = RegistrationParser.parse(EXAMPLE);
        String json = new String(registration.toJsonBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"organization\":\"IRGC\"", "\"receivedAt\":\"2026-01-14T09:00:00Z\"", "\"relation\":\"spouse\"");
        assertThat(RegistrationParser.parse(json)).isEqualTo(registration);
    }

    @Test
    void namesEveryBrokenRequiredFieldAndRule() {
        String bad = EXAMPLE.replace("\"IRGC\"", "\"NAVY\"").replace("\"high\"", "\"whenever\"")
                .replace("\"web\"", "\"\"");
        assertThatThrownBy(() -> RegistrationParser.parse(bad))
                .isInstanceOf(InvalidRegistrationException.class)
                .hasMessageContaining("service.organization: must be one of IRGC, ARTESH")
                .hasMessageContaining("channel: is required")
                .hasMessageContaining("urgency: must be one of low, medium, high, immediate");
    }

    @Test
    void requiresTheExactSchemaName() {
        assertThatThrownBy(() -> RegistrationParser.parse(EXAMPLE.replace("registration/1", "registration/2")))
                .hasMessageContaining("schema: must be exactly safepassage.registration/1");
    }

    @Test
    void acceptsAPseudonymousFirstContact() {
        String minimal = """
                {"schema":"safepassage.registration/1","id":"r-1","receivedAt":"2026-01-14T09:00:00Z","channel":"web",
                 "language":"en","service":{"organization":"OTHER"},"urgency":"low"}
                """;
        Registration registration = RegistrationParser.parse(minimal);
        assertThat(registration.person()).isEqualTo(Person.ANONYMOUS);
        assertThat(registration.family()).isEmpty();
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        assertThatThrownBy(() -> RegistrationParser.parse("{\"schema\": ")).hasMessageContaining("(document): not valid JSON");
    }

    @Test
    void refusesBytesThatAreNotUtf8InsteadOfReplacingThem() {
        byte[] broken = "{\"schema\":\"safepassage.registration/1\",\"narrative\":\"xx\"}".getBytes(StandardCharsets.UTF_8);
        broken[broken.length - 4] = (byte) 0xC3;
        broken[broken.length - 3] = (byte) 0x28;
        assertThatThrownBy(() -> RegistrationParser.parse(broken)).isInstanceOf(InvalidRegistrationException.class)
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void refusesDeepNestingWithoutExhaustingTheStack() {
        String deep = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertThatThrownBy(() -> RegistrationParser.parse(deep)).hasMessageContaining("not valid JSON");
    }

    @Test
    void dropsDirectionalOverridesFromTextAndFileNamesButKeepsPersianJoiners() {
        String hostile = EXAMPLE.replace("\"narrative\": \"free text\"",
                        "\"narrative\": \"line one\\nx\u202Eyxa\u2066 \u200Cنیم\u200Cفاصله\\u0007\"")
                .replace("\"futureField\"", "\"attachments\": [{\"envelope\": \"a-1\", \"name\": \"x\u202e\u2066fdp.exe\","
                        + " \"size\": 3, \"sha256\": \"" + "0".repeat(64) + "\"}], \"futureField\"");

        Registration registration = RegistrationParser.parse(hostile);

        assertThat(registration.narrative()).isEqualTo("line one\nxyxa \u200Cنیم\u200Cفاصله");
        assertThat(registration.attachments().get(0).name()).isEqualTo("xfdp.exe");
    }
}
