package org.safepassage.intake.flow;

import org.safepassage.core.testing.TestDatabase;

class PostgresIntakeRoundTripTest extends IntakeRoundTripContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
