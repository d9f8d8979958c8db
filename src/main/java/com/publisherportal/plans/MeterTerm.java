package com.publisherportal.plans;

import com.publisherportal.common.Translatable;

/** The period a meter dimension's included quantity is given for. */
public enum MeterTerm implements Translatable {
    MONTH,
    YEAR;

    @Override
    public String messageKey() {
        return "meter-term." + name();
    }
}
