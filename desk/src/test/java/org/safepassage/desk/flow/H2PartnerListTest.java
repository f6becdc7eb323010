package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class H2PartnerListTest extends PartnerListContract {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
