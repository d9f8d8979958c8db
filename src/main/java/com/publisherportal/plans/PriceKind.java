package com.publisherportal.plans;

import com.publisherportal.common.Translatable;

/**
 * What one price of a plan is for. A plan's price points are its kinds, with a key where a kind
 * has several prices: the meter dimension's id, the VM size's name.
 */
public enum PriceKind implements Translatable {
    /** SaaS flat rate, per month. */
    FLAT_MONTHLY(false),
    /** SaaS flat rate, per year. */
    FLAT_YEARLY(false),
    /** SaaS per user, per month. */
    PER_USER_MONTHLY(false),
    /** SaaS per user, per year. */
    PER_USER_YEARLY(false),
    /** Virtual machine or container: per core per hour, whatever the size. */
    PER_CORE_HOUR(false),
    /** Virtual machine: per hour for one VM size (key: the size, e.g. Standard_D2s_v5). */
    PER_SIZE_HOUR(true),
    /** Managed application: per month. */
    MANAGED_APP_MONTHLY(false),
    /** A custom meter dimension's price per unit (key: the dimension id). */
    METER_UNIT(true);

    private final boolean keyed;

    PriceKind(boolean keyed) {
        this.keyed = keyed;
    }

    /** Whether prices of this kind are told apart by a key (a meter or a VM size). */
    public boolean keyed() {
        return keyed;
    }

    @Override
    public String messageKey() {
        return "price-kind." + name();
    }
}
