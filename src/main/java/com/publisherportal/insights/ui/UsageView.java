package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.Reports;
import com.publisherportal.insights.UsageRow;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Daily usage per subscription, as Partner Center's usage report lists it ({@link Reports#USAGE}). */
@Route("insights/usage")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL})
public class UsageView extends InsightGridView<UsageRow> implements TitledView {

    public UsageView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.USAGE, insights, offers, currentUser);
    }

    @Override
    public String titleKey() {
        return report.titleKey();
    }
}
