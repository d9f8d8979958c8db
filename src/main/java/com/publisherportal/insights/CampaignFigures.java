package com.publisherportal.insights;

import java.math.BigDecimal;

/** Visits and calls to action of one campaign link ({@code src} and {@code mktcmpid}, docs/domain.md, Campaign links) in a range. */
public record CampaignFigures(String source, String campaignId, long pageVisits, long callsToAction) {

    public BigDecimal callToActionRate() {
        return VisitRow.rate(callsToAction, pageVisits);
    }
}
