package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class H2CaseworkTest extends CaseworkContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
