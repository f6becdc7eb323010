package org.safepassage.intake.leak;

import org.safepassage.intake.support.TestDatabase;

class SeizedPostgresIntakeTest extends SeizedIntakeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
