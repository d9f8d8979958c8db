package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.InsightColumns;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.ReportKind;
import com.publisherportal.insights.UsageRow;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Set;

/** Daily usage per subscription, as Partner Center's usage report lists it. */
@Route("insights/usage")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL})
public class UsageView extends InsightGridView<UsageRow> implements TitledView {

    public UsageView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(ReportKind.USAGE, InsightColumns.USAGE, "usageDate",
                Set.of("rawUsage", "meteredUsage", "marketplaceSubscriptionId", "usageUnit"), insights, offers,
                currentUser, "insights/usage");
        setId("insights-usage");
        display("customerCountry", r -> country(r.customerCountry()));
        display("azureLicenseType", r -> getTranslation(r.azureLicenseType().messageKey()));
        display("marketplaceLicenseType", r -> getTranslation(r.marketplaceLicenseType().messageKey()));
    }

    @Override
    public String titleKey() {
        return "insights.title.usage";
    }
}
