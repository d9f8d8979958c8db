package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException;

import java.util.Optional;
import java.util.regex.Pattern;

/** A campaign identifier ({@code mktcmpid}): 1 to 16 letters, digits, '_' or '-'. */
public record CampaignId(String value) {

    public static final int MAX_LENGTH = 16;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,16}");

    public CampaignId {
        if (value == null || value.isEmpty()) {
            throw new ValidationException("campaignId", "campaign.id.required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new ValidationException("campaignId", "campaign.id.too-long", MAX_LENGTH, value.length());
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new ValidationException("campaignId", "campaign.id.invalid");
        }
    }

    /** For untrusted input such as a storefront URL: invalid values are ignored, not stored. */
    public static Optional<CampaignId> lenient(String value) {
        return value != null && SHAPE.matcher(value).matches() ? Optional.of(new CampaignId(value)) : Optional.empty();
    }
}
