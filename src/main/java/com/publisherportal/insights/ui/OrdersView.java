package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.OrderRow;
import com.publisherportal.insights.Reports;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Orders as Partner Center's orders report lists them ({@link Reports#ORDERS}). */
@Route("insights/orders")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL})
public class OrdersView extends InsightGridView<OrderRow> implements TitledView {

    public OrdersView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(Reports.ORDERS, insights, offers, currentUser);
    }

    @Override
    public String titleKey() {
        return report.titleKey();
    }
}
