package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class PostgresCaseworkTest extends CaseworkContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
