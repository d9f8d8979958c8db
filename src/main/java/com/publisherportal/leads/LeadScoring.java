package com.publisherportal.leads;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The lead score, 0–100, as a sum of explained parts: the action (purchase and portal create
 * above test drive above contact me), how complete the contact is, a business rather than a
 * free-mail domain, seniority words in the job title, and recency of the latest arrival. All
 * parts but recency are fixed at intake and stored ({@code score_base}); recency is added by the
 * queries relative to the current time, so sorting by score happens in SQL.
 */
public final class LeadScoring {

    public static final int ACTION_MAX = 35;
    public static final int CONTACT_MAX = 20;
    public static final int DOMAIN_MAX = 15;
    public static final int TITLE_MAX = 15;
    public static final int RECENCY_MAX = 15;

    /** Recency steps: within a day, three days, a week. */
    public static final Duration RECENT_DAY = Duration.ofHours(24);
    public static final Duration RECENT_DAYS = Duration.ofDays(3);
    public static final Duration RECENT_WEEK = Duration.ofDays(7);

    /** One explained part of a score: an I18N key with its arguments, points earned and possible. */
    public record Part(String key, int points, int max, Object... args) {
    }

    /** A score with its explanation; {@code total} is the sum of the parts. */
    public record Score(int total, List<Part> parts) {
        public Score {
            parts = List.copyOf(parts);
        }
    }

    private LeadScoring() {
    }

    /** The parts fixed at intake, from what was stored of the lead. */
    public static List<Part> baseParts(LeadAction action, String firstName, String lastName, String email, String phone,
                                       String company, String title) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("lead.score.action", action.weight(), ACTION_MAX, "lead.action." + action.name()));
        int contact = (email != null ? 6 : 0) + (phone != null ? 5 : 0) + (firstName != null ? 2 : 0)
                + (lastName != null ? 2 : 0) + (company != null ? 3 : 0) + (title != null ? 2 : 0);
        parts.add(new Part("lead.score.contact", contact, CONTACT_MAX));
        String domain = LeadRules.domain(email);
        if (domain == null) {
            parts.add(new Part("lead.score.domain.none", 0, DOMAIN_MAX));
        } else if (LeadRules.isFreeMail(domain)) {
            parts.add(new Part("lead.score.domain.free", 0, DOMAIN_MAX, domain));
        } else {
            parts.add(new Part("lead.score.domain.business", DOMAIN_MAX, DOMAIN_MAX, domain));
        }
        int seniority = LeadRules.seniority(title);
        parts.add(switch (seniority) {
            case 2 -> new Part("lead.score.title.senior", TITLE_MAX, TITLE_MAX, title);
            case 1 -> new Part("lead.score.title.middle", 8, TITLE_MAX, title);
            default -> new Part("lead.score.title.none", 0, TITLE_MAX);
        });
        return parts;
    }

    public static int base(List<Part> parts) {
        return parts.stream().mapToInt(Part::points).sum();
    }

    public static Part recency(Instant lastReceivedAt, Instant now) {
        Duration age = Duration.between(lastReceivedAt, now);
        if (age.compareTo(RECENT_DAY) <= 0) {
            return new Part("lead.score.recency.day", RECENCY_MAX, RECENCY_MAX);
        }
        if (age.compareTo(RECENT_DAYS) <= 0) {
            return new Part("lead.score.recency.days", 10, RECENCY_MAX);
        }
        if (age.compareTo(RECENT_WEEK) <= 0) {
            return new Part("lead.score.recency.week", 5, RECENCY_MAX);
        }
        return new Part("lead.score.recency.older", 0, RECENCY_MAX);
    }

    /** The full explained score of a stored lead at a moment. */
    public static Score explain(Lead lead, Instant now) {
        List<Part> parts = new ArrayList<>(baseParts(lead.action(), lead.firstName(), lead.lastName(), lead.email(),
                lead.phone(), lead.company(), lead.jobTitle()));
        parts.add(recency(lead.lastReceivedAt(), now));
        return new Score(parts.stream().mapToInt(Part::points).sum(), parts);
    }

    /** The nurture path differs by action: the suggested next step, as an I18N key. */
    public static String nextStepKey(LeadAction action, LeadStatus status) {
        if (action == LeadAction.DO_NOT_CONTACT) {
            return "lead.next.dnc";
        }
        if (status.isClosed()) {
            return "lead.next.closed";
        }
        return "lead.next." + action.name();
    }
}
