package com.publisherportal.campaigns;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A tracked link to an offer's storefront page, e.g.
 * {@code …/marketplace/product/contoso.contoso-analytics?src=website&mktcmpid=blogpost_12},
 * and the HTML of an "available on the marketplace" badge pointing to it.
 */
public record CampaignLink(String baseUrl, String publisherId, String offerId, TrafficSource source, CampaignId campaign) {

    public String url() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/marketplace/product/" + publisherId + "." + offerId
                + "?src=" + URLEncoder.encode(source.value(), StandardCharsets.UTF_8)
                + "&mktcmpid=" + URLEncoder.encode(campaign.value(), StandardCharsets.UTF_8);
    }

    public String badgeHtml(String offerName, String label) {
        return "<a href=\"" + escape(url()) + "\" target=\"_blank\" rel=\"noopener\" "
                + "style=\"display:inline-block;padding:8px 14px;border-radius:6px;background:#1a5fb4;color:#fff;"
                + "font:600 14px sans-serif;text-decoration:none\" title=\"" + escape(offerName) + "\">"
                + escape(label) + "</a>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
