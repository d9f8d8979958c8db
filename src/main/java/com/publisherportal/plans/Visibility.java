package com.publisherportal.plans;

import com.publisherportal.common.Translatable;

/** Who may find and buy a plan: every customer, or only the customers' tenants it lists. */
public enum Visibility implements Translatable {
    PUBLIC,
    PRIVATE;

    @Override
    public String messageKey() {
        return "plan-visibility." + name();
    }
}
