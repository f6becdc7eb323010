package org.safepassage.vetting.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safepassage.core.registration.RegistrationParser;

/** Where lists write the branch into the organisation's field, linking reads it as the branch it is. */
class BranchInTheOrganisationFieldTest {

    private static PersonRecord serving(String service) {
        return PersonRecord.of(0, RegistrationParser.parse("{\"schema\":\"safepassage.registration/1\",\"id\":\"r-1\","
                + "\"receivedAt\":\"2026-01-14T09:00:00Z\",\"channel\":\"import\",\"language\":\"en\","
                + "\"person\":{\"givenName\":\"Ali\"},\"service\":" + service + ",\"urgency\":\"low\"}"));
    }

    @Test
    void aBranchWrittenWithItsOrganisationIsTheBranchWrittenApart() {
        assertThat(serving("{\"organization\":\"IRGC Navy\"}").branch()).isEqualTo("navy")
                .isEqualTo(serving("{\"organization\":\"سپاه\",\"branch\":\"نیروی دریایی\"}").branch())
                .isEqualTo(serving("{\"organization\":\"نیروی دریایی سپاه\"}").branch());
        assertThat(serving("{\"organization\":\"Quds Force\"}").branch()).isEqualTo("quds force");
        assertThat(serving("{\"organization\":\"وزارت دفاع\"}").branch()).isEqualTo("defence")
                .isEqualTo(serving("{\"organization\":\"Ministry of Defence\"}").branch());
    }

    @Test
    void theOrganisationsOwnNamesAreNotABranch() {
        assertThat(serving("{\"organization\":\"Police (FARAJA)\"}").branch()).as("nothing left but its names").isNull();
        // not read as the intelligence branch the IRGC and the police have: the ministry's own name holds the word
        assertThat(serving("{\"organization\":\"MOIS\",\"branch\":\"انمیت داخلی وزارت اطلاعات\"}").branch())
                .isEqualTo(serving("{\"organization\":\"MOIS\",\"branch\":\"انمیت داخلی\"}").branch());
        // a branch the table does not know, compared as written, with or without the organisation's name
        assertThat(serving("{\"organization\":\"IRGC\",\"branch\":\"لشکر ۱۷ سپاه\"}").branch())
                .isEqualTo(serving("{\"organization\":\"IRGC\",\"branch\":\"لشکر ۱۷\"}").branch());
    }
}
