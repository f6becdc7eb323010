package org.safepassage.intake.flow;

import org.safepassage.core.testing.TestDatabase;

class H2IntakeRoundTripTest extends IntakeRoundTripContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
