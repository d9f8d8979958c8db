package com.publisherportal.insights;

/** The "new vs existing customer" slice: a customer is new in the month of their first order. */
public enum CustomerType {
    ALL, NEW, EXISTING;

    public String messageKey() {
        return "insights.customer-type." + name();
    }
}
