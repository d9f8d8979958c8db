package com.publisherportal.insights;

import java.time.LocalDate;

/** One order as Partner Center's orders report lists it, with where it comes from (register or generator). */
public record OrderRow(long id, long offerRef, String offerName, String offerType, String marketplaceSubscriptionId,
                       LocalDate monthStart, AzureLicenseType azureLicenseType,
                       MarketplaceLicenseType marketplaceLicenseType, String sku, String customerCountry,
                       String orderId, int orderQuantity, String orderStatus, LocalDate purchaseDate,
                       LocalDate cancelDate, LocalDate trialEndDate, boolean newCustomer, RowSource source) {
}
