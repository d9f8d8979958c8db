package com.publisherportal.subscriptions.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.subscriptions.PendingPurchase;
import com.publisherportal.subscriptions.PurchaseException;
import com.publisherportal.subscriptions.SaasSubscription;
import com.publisherportal.subscriptions.SubscriptionService;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The landing page of a SaaS offer ({@code saas/landing/<offer>?token=…}), where the marketplace
 * sends a customer after a purchase. Signing in is required (the portal's own sign-in brings the
 * customer back here); the page then shows the purchase the token stands for, and activates it
 * when the customer confirms. Any problem with the token is a page of its own, in words.
 */
@Route(value = "saas/landing", autoLayout = false)
@PermitAll
public class LandingPageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final SubscriptionService subscriptions;
    private long offerRef;
    private String token;

    public LandingPageView(SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
        addClassName("saas-landing");
        setMaxWidth("48rem");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("subscriptions.landing.title");
    }

    @Override
    public void setParameter(BeforeEvent event, Long offerRef) {
        this.offerRef = offerRef == null ? -1 : offerRef;
        List<String> tokens = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of());
        this.token = tokens.isEmpty() ? null : tokens.getFirst();
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("subscriptions.landing.title")));
        try {
            PendingPurchase purchase = subscriptions.pendingPurchase(offerRef, token);
            add(new Paragraph(getTranslation("subscriptions.landing.intro")));
            add(field("subscriptions.landing.offer", purchase.offerName()),
                    field("subscriptions.landing.subscription", purchase.subscriptionName()),
                    field("subscriptions.landing.plan", purchase.planId()),
                    field("subscriptions.landing.quantity", purchase.quantity() == null ? "—" : String.valueOf(purchase.quantity())),
                    field("subscriptions.landing.purchaser", purchase.purchaserEmail()),
                    field("subscriptions.landing.beneficiary", purchase.beneficiaryEmail()));
            Button confirm = new PortalButton(getTranslation("subscriptions.landing.confirm"), e -> activate());
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setId("saas-landing-confirm");
            confirm.setDisableOnClick(true);
            add(confirm);
        } catch (PurchaseException e) {
            problem(e);
        }
    }

    private void activate() {
        removeAll();
        add(new H1(getTranslation("subscriptions.landing.title")));
        try {
            SaasSubscription s = subscriptions.activate(offerRef, token);
            Paragraph done = new Paragraph(getTranslation("subscriptions.landing.activated", s.offerName(), s.planId()));
            done.setId("saas-landing-activated");
            add(done);
        } catch (PurchaseException e) {
            problem(e);
        }
    }

    private void problem(PurchaseException e) {
        Paragraph message = new Paragraph(getTranslation(e.messageKey()));
        message.setId("saas-landing-problem");
        message.addClassName("saas-landing-problem");
        add(message);
        if (e.problem() == PurchaseException.Problem.BAD_TOKEN) {
            add(new Paragraph(getTranslation("subscriptions.landing.reopen")));
        }
    }

    private Div field(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        // User-written and marketplace text is plain text, never markup.
        return new Div(label, new Text(value == null ? "—" : value));
    }
}
