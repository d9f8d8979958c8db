package com.publisherportal.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Page visits and calls to action of one offer, day, country, referral domain and campaign. */
public record VisitRow(long id, LocalDate date, String offerName, String referralDomain, String country,
                       String campaignSource, String campaignId, int pageVisits, int getItNow, int contactMe,
                       int testDrive, int freeTrial) {

    public int callsToAction() {
        return getItNow + contactMe + testDrive + freeTrial;
    }

    /** Call-to-action % = actions ÷ visits × 100 (docs/domain.md, Insights), two decimals; null without visits. */
    public BigDecimal callToActionRate() {
        return rate(callsToAction(), pageVisits);
    }

    public static BigDecimal rate(long actions, long visits) {
        return visits == 0 ? null : BigDecimal.valueOf(actions * 100L).divide(BigDecimal.valueOf(visits), 2, RoundingMode.HALF_UP);
    }
}
