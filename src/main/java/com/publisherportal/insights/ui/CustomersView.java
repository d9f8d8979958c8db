package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.CustomerRow;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.Reports;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Customers with the 14 attributes of docs/domain.md, Insights ({@link Reports#CUSTOMERS}). The service masks
 * names, e-mail, city and postal code for every role but OWNER; the view only explains why.
 */
@Route("insights/customers")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER})
public class CustomersView extends InsightGridView<CustomerRow> implements TitledView {

    public CustomersView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.CUSTOMERS, insights, offers, currentUser);
        if (!insights.showsInClear(report, accountId)) {
            extra().add(note("insights.customers.masked"));
        }
    }

    @Override
    public String titleKey() {
        return report.titleKey();
    }
}
