package com.publisherportal.campaigns;

/** Visits, unique visitors, calls to action and leads of one campaign link of an offer in a range. */
public record CampaignRow(long offerId, String offerName, String src, String mktcmpid, long visits,
                          long uniqueVisitors, long actions, long leads) {

    public double ctaPercent() {
        return visits == 0 ? 0 : actions * 100.0 / visits;
    }
}
