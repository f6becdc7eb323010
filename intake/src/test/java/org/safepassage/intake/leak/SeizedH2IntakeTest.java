package org.safepassage.intake.leak;

import org.safepassage.core.testing.TestDatabase;

class SeizedH2IntakeTest extends SeizedIntakeContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
