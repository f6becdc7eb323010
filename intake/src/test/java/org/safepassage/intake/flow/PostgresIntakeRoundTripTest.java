package org.safepassage.intake.flow;

import org.safepassage.intake.support.TestDatabase;

class PostgresIntakeRoundTripTest extends IntakeRoundTripContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
