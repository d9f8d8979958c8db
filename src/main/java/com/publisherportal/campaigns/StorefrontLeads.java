package com.publisherportal.campaigns;

import com.publisherportal.common.PublicAccess;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.leads.LeadPayload;
import com.publisherportal.listing.StorefrontListing;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A storefront visitor's call to action: recorded with the visit's campaign and, when the
 * visitor gives their details and consent, turned into a lead in the publisher's inbox with the
 * action code and source the marketplace would use. Contact me and Test drive need the details;
 * Get it now and Free trial create a lead only when they are given.
 */
@Service
public class StorefrontLeads {

    /** The recorded action and, if one was created, the lead. */
    public record Outcome(long actionId, Long leadId) {
    }

    private static final Logger log = LoggerFactory.getLogger(StorefrontLeads.class);

    private final StorefrontTracker tracker;
    private final LeadIntakeService intake;

    StorefrontLeads(StorefrontTracker tracker, LeadIntakeService intake) {
        this.tracker = tracker;
        this.intake = intake;
    }

    public static boolean needsDetails(CallToAction action) {
        return action == CallToAction.CONTACT_ME || action == CallToAction.TEST_DRIVE;
    }

    /**
     * @param details  the visitor's details, or null when they skipped the form (only allowed
     *                 where {@link #needsDetails} is false)
     * @param honeypot a field hidden from people; a bot that fills it is told "thank you" and nothing is stored
     */
    @PublicAccess("The public storefront's calls to action (honeypot and rate limit); the lead only goes to the offer's account.")
    public Outcome act(StorefrontVisit visit, StorefrontListing listing, CallToAction action, ContactDetails details,
                       String honeypot) {
        if (honeypot != null && !honeypot.isBlank()) {
            log.debug("Storefront form with the honeypot filled ignored");
            return new Outcome(0, null);
        }
        ContactDetails checked = details == null && !needsDetails(action) ? null
                : (details == null ? new ContactDetails(null, null, null, null, null, null, false) : details).validated();
        long actionId = tracker.recordAction(visit, action);
        if (checked == null) {
            return new Outcome(actionId, null);
        }
        String address = listing.publisherId() + "." + listing.offer().offerId();
        String code = switch (action) {
            case CONTACT_ME -> "PLT";
            case TEST_DRIVE -> "StartTestDrive";
            case GET_IT_NOW, FREE_TRIAL -> "INS";
        };
        String source = action == CallToAction.TEST_DRIVE ? "TestDrive" : "AzureMarketplace";
        LeadPayload payload = new LeadPayload(code, listing.revision().name(), source + "-" + code + "|" + address,
                action == CallToAction.FREE_TRIAL ? "Free trial started on the storefront." : null,
                checked.firstName(), checked.lastName(), checked.email(), null, checked.country(), checked.company(),
                checked.title());
        String campaign = visit.mktcmpid() == null ? null
                : (visit.src() == null ? "" : visit.src() + "/") + visit.mktcmpid();
        long leadId = intake.fromStorefront(listing.offer(), listing.publisherId(), payload, campaign).leadId();
        tracker.linkLead(visit, actionId, leadId, checked.country());
        return new Outcome(actionId, leadId);
    }
}
