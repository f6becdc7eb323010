package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class PostgresDeskTest extends DeskContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
