package com.publisherportal.campaigns;

import com.publisherportal.common.PublicAccess;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The storefront's visits and calls to action, rolled up per day, for other modules' reports
 * (the insights' "Marketplace insights" feed). Read-only; it runs in the caller's transaction.
 */
@Service
public class StorefrontActivity {

    /**
     * One day's visits and calls to action of one offer, country, referral domain and campaign.
     *
     * @param country         ISO code of the visitor's country, {@code ZZ} when unknown
     * @param referralDomain  the referring site, empty when none
     * @param campaignSource  the campaign link's {@code src}, empty when none
     * @param campaignId      the campaign link's {@code mktcmpid}, empty when none
     */
    public record DayFigures(long accountId, long offerId, String offerName, LocalDate day, String country,
                             String referralDomain, String campaignSource, String campaignId, long visits,
                             long getItNow, long contactMe, long testDrive, long freeTrial) {
    }

    private final TrackingRepository repository;

    StorefrontActivity(TrackingRepository repository) {
        this.repository = repository;
    }

    /** The day's figures of every account's offers: a grouped read, one row per group, not per visit. */
    @PublicAccess("For the scheduled roll-up of storefront visits (no caller; runs as the system).")
    public List<DayFigures> dayFigures(LocalDate day) {
        return repository.dayFigures(day);
    }

    /** The day of the first storefront visit, if any. */
    @PublicAccess("For the scheduled roll-up of storefront visits (no caller; runs as the system).")
    public Optional<LocalDate> firstVisitDay() {
        return repository.firstVisitDay();
    }
}
