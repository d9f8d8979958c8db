package com.publisherportal;

import com.publisherportal.attribution.TrackingGuidService;
import com.publisherportal.campaigns.TestDriveType;
import com.publisherportal.leads.FollowUp;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.StorefrontListing.CallToAction;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.Prerequisite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;

import static com.publisherportal.onboarding.OfferType.AZURE_APPLICATION;
import static com.publisherportal.onboarding.OfferType.BUSINESS_APP;
import static com.publisherportal.onboarding.OfferType.CONSULTING_SERVICE;
import static com.publisherportal.onboarding.OfferType.CONTAINER;
import static com.publisherportal.onboarding.OfferType.IOT_EDGE_MODULE;
import static com.publisherportal.onboarding.OfferType.SAAS;
import static com.publisherportal.onboarding.OfferType.VIRTUAL_MACHINE;
import static org.assertj.core.api.Assertions.assertThat;

/** What each offer type can do, across the modules that decide it: one table to read when a type is added. */
class OfferTypeCapabilitiesTest {

    @Test
    void technicalPrerequisitesFollowTheOfferType() {
        assertThat(technical(VIRTUAL_MACHINE)).containsExactly(Prerequisite.OS_FAMILY, Prerequisite.IMAGE_BUILT,
                Prerequisite.TEST_TOOLS_RUN);
        for (OfferType packaged : List.of(AZURE_APPLICATION, CONTAINER, IOT_EDGE_MODULE, BUSINESS_APP)) {
            assertThat(technical(packaged)).as(packaged.name()).containsExactly(Prerequisite.PACKAGE_TESTED);
        }
        assertThat(technical(SAAS)).containsExactly(Prerequisite.LANDING_PAGE_READY);
        assertThat(technical(CONSULTING_SERVICE)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(OfferType.class)
    void everyNonTechnicalPrerequisiteAppliesToEveryType(OfferType type) {
        assertThat(Prerequisite.forType(type)).containsAll(Arrays.stream(Prerequisite.values())
                .filter(p -> !p.technical()).toList());
    }

    @Test
    void listingCapabilitiesFollowTheOfferType() {
        assertThat(typesWhere(t -> ListingCapabilities.of(t).consultingTitle())).containsExactly(CONSULTING_SERVICE);
        assertThat(typesWhere(t -> ListingCapabilities.of(t).videos())).containsExactly(SAAS, CONSULTING_SERVICE, BUSINESS_APP);
        assertThat(typesWhere(t -> ListingCapabilities.of(t).productsUsed())).containsExactly(BUSINESS_APP);
        assertThat(typesWhere(t -> ListingCapabilities.of(t).industries())).containsExactly(CONSULTING_SERVICE, BUSINESS_APP);
        assertThat(ListingCapabilities.of(CONSULTING_SERVICE).industriesMax()).isEqualTo(6);
        assertThat(ListingCapabilities.of(BUSINESS_APP).industriesMax()).isEqualTo(2);
    }

    @Test
    void callsToActionFollowTheOfferType() {
        assertThat(ListingCapabilities.of(CONSULTING_SERVICE).callsToAction()).containsExactly(CallToAction.CONTACT_ME);
        for (OfferType trial : List.of(SAAS, BUSINESS_APP)) {
            assertThat(ListingCapabilities.of(trial).callsToAction()).as(trial.name())
                    .containsExactly(CallToAction.GET_IT_NOW, CallToAction.FREE_TRIAL, CallToAction.CONTACT_ME);
        }
        for (OfferType other : List.of(VIRTUAL_MACHINE, AZURE_APPLICATION, CONTAINER, IOT_EDGE_MODULE)) {
            assertThat(ListingCapabilities.of(other).callsToAction()).as(other.name())
                    .containsExactly(CallToAction.GET_IT_NOW, CallToAction.CONTACT_ME);
        }
    }

    @Test
    void testDrivesFollowTheOfferType() {
        assertThat(TestDriveType.suiting(VIRTUAL_MACHINE)).containsExactly(TestDriveType.AZURE_RESOURCE_MANAGER);
        assertThat(TestDriveType.suiting(AZURE_APPLICATION)).containsExactly(TestDriveType.AZURE_RESOURCE_MANAGER);
        assertThat(TestDriveType.suiting(BUSINESS_APP)).containsExactly(TestDriveType.HOSTED_DYNAMICS_365, TestDriveType.POWER_BI);
        assertThat(typesWhere(t -> !TestDriveType.suiting(t).isEmpty())).containsExactly(VIRTUAL_MACHINE, AZURE_APPLICATION,
                BUSINESS_APP);
        for (OfferType type : OfferType.values()) {
            for (TestDriveType kind : TestDriveType.values()) {
                assertThat(kind.suits(type)).isEqualTo(TestDriveType.suiting(type).contains(kind));
            }
        }
    }

    @Test
    void trackingGuidsAreSuggestedForOffersThatDeployIntoSubscriptions() {
        assertThat(typesWhere(TrackingGuidService::suggestsGuids)).containsExactly(AZURE_APPLICATION, SAAS, CONTAINER,
                IOT_EDGE_MODULE);
    }

    @Test
    void consultingLeadsGetTheLongerFollowUp() {
        assertThat(typesWhere(FollowUp::consulting)).containsExactly(CONSULTING_SERVICE);
    }

    @ParameterizedTest
    @EnumSource(OfferType.class)
    void everyTypeHasALabelInEnglishAndFrench(OfferType type) throws java.io.IOException {
        for (String bundle : List.of("i18n/onboarding.properties", "i18n/onboarding_fr.properties")) {
            java.util.Properties labels = new java.util.Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(labels.getProperty(type.messageKey())).as(bundle + " " + type).isNotBlank();
        }
    }

    private static List<Prerequisite> technical(OfferType type) {
        return Prerequisite.forType(type).stream().filter(Prerequisite::technical).toList();
    }

    private static List<OfferType> typesWhere(java.util.function.Predicate<OfferType> test) {
        return Arrays.stream(OfferType.values()).filter(test).toList();
    }
}
