package com.publisherportal.insights.ui;

import com.publisherportal.common.ui.TitledView;
import com.publisherportal.insights.InsightColumns;
import com.publisherportal.insights.InsightService;
import com.publisherportal.insights.OrderRow;
import com.publisherportal.insights.ReportKind;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Set;

/** Orders as Partner Center's orders report lists them. */
@Route("insights/orders")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL})
public class OrdersView extends InsightGridView<OrderRow> implements TitledView {

    public OrdersView(InsightService insights, OfferService offers, CurrentUser currentUser) {
        super(ReportKind.ORDERS, InsightColumns.ORDERS, "purchaseDate",
                Set.of("monthStart", "orderId", "marketplaceSubscriptionId", "trialEndDate"), insights, offers,
                currentUser, "insights/orders");
        setId("insights-orders");
        display("customerCountry", r -> country(r.customerCountry()));
        display("azureLicenseType", r -> getTranslation(r.azureLicenseType().messageKey()));
        display("marketplaceLicenseType", r -> getTranslation(r.marketplaceLicenseType().messageKey()));
        display("offerType", r -> getTranslation("offer-type." + r.offerType()));
        display("orderStatus", r -> getTranslation("insights.order-status." + r.orderStatus()));
    }

    @Override
    public String titleKey() {
        return "insights.title.orders";
    }
}
