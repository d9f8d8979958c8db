package com.publisherportal.insights;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One day of one subscription's usage, as Partner Center's usage report lists it, with where it comes from. */
public record UsageRow(long id, LocalDate usageDate, String offerName, String sku, String vmSize,
                       String customerCountry, AzureLicenseType azureLicenseType,
                       MarketplaceLicenseType marketplaceLicenseType, boolean newCustomer,
                       BigDecimal normalizedUsage, BigDecimal rawUsage, BigDecimal meteredUsage, String usageUnit,
                       BigDecimal estimatedCharge, String marketplaceSubscriptionId, RowSource source) {
}
