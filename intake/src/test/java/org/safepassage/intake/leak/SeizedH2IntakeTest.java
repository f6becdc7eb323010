package org.safepassage.intake.leak;

import org.safepassage.intake.support.TestDatabase;

class SeizedH2IntakeTest extends SeizedIntakeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
