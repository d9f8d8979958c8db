package com.publisherportal.technical;

import com.publisherportal.onboarding.OfferPlans;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Plans for the offers a test names, standing in for the plans feature (other offers: none from here). */
@TestConfiguration
public class TestPlans {

    public static final Map<Long, List<OfferPlans.PlanRef>> PLANS = new ConcurrentHashMap<>();

    @Bean
    OfferPlans testOfferPlans() {
        return offerId -> PLANS.getOrDefault(offerId, List.of());
    }
}
