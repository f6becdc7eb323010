package org.safepassage.intake.flow;

import org.safepassage.intake.support.TestDatabase;

class H2IntakeRoundTripTest extends IntakeRoundTripContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
