package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.CustomerRow;
import com.publisherportal.insights.InsightColumns;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.ReportKind;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Set;

/**
 * Customers with the 14 attributes of domain.md 8. The service masks names, e-mail, city and
 * postal code for every role but OWNER; the view only explains why.
 */
@Route("insights/customers")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL, Roles.MARKETER})
public class CustomersView extends InsightGridView<CustomerRow> implements TitledView {

    public CustomersView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(ReportKind.CUSTOMERS, InsightColumns.CUSTOMERS, "transactionDate",
                Set.of("azureSubscriptionId", "subscriptionName", "communicationCulture"), insights, offers, currentUser,
                "insights/customers");
        setId("insights-customers");
        display("country", r -> country(r.country()));
        if (!insights.seesPersonalData(accountId)) {
            extra().add(note("insights.customers.masked"));
        }
    }

    @Override
    public String titleKey() {
        return "insights.title.customers";
    }
}
