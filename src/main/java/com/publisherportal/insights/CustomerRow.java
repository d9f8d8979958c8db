package com.publisherportal.insights;

import java.time.LocalDate;

/**
 * A customer with the 14 attributes of docs/domain.md, Insights. Names, e-mail, city and postal code are
 * personal data: only an account OWNER sees them; {@link #masked()} hides them for the others.
 */
public record CustomerRow(long id, String reseller, String firstName, String lastName, String email,
                          String companyName, LocalDate transactionDate, String subscriptionName,
                          String azureSubscriptionId, String cloudInstanceName, int orderCount, String country,
                          String city, String communicationCulture, String zipCode) {

    /** What replaces personal data for callers who may not see it. */
    public static final String MASK = "***";

    public CustomerRow masked() {
        return new CustomerRow(id, reseller, MASK, MASK, MASK, companyName, transactionDate, subscriptionName,
                azureSubscriptionId, cloudInstanceName, orderCount, country, MASK, communicationCulture, MASK);
    }
}
