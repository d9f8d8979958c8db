package com.publisherportal.common;

import com.publisherportal.testsupport.LimitsDatabase;

class SharedLimitsH2Test extends SharedLimitsContract {

    @Override
    LimitsDatabase database() {
        return LimitsDatabase.h2();
    }
}
