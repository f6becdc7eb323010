package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class H2DeskTest extends DeskContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
