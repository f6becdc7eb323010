package org.safepassage.desk.flow;

import org.safepassage.core.testing.TestDatabase;

class PostgresPartnerListTest extends PartnerListContract {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
