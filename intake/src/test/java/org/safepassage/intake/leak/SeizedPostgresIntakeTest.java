package org.safepassage.intake.leak;

import org.safepassage.core.testing.TestDatabase;

class SeizedPostgresIntakeTest extends SeizedIntakeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
