package com.publisherportal.onboarding;

import com.publisherportal.common.Translatable;

/** What a staff queue item asks staff to decide. */
public enum QueueKind implements Translatable {
    NOMINATION,
    REGISTRATION,
    CERTIFICATION,
    STOP_SELL;

    @Override
    public String messageKey() {
        return "queue.kind." + name();
    }
}
