package com.publisherportal.plans.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.plans.NewPlan;
import com.publisherportal.plans.Plan;
import com.publisherportal.plans.PlanDetails;
import com.publisherportal.plans.PlanRules;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.PlanSummary;
import com.publisherportal.plans.PricingModel;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * An offer's plans: one card per plan (id, name, pricing model, visibility, markets, whether it is
 * ready for submission) leading to its editor, and the form for a new plan. Offer types without
 * plans (consulting, business apps) say so.
 */
@Route("offers/:offerId([0-9]+)/plans")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class PlansView extends OfferPage implements TitledView {

    private final PlanService plans;

    public PlansView(OfferService offers, PlanService plans) {
        super(offers, "plans-view");
        this.plans = plans;
    }

    @Override
    public String titleKey() {
        return "plans.title";
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        add(new H2(getTranslation("plans.heading", offer.name())));
        List<PricingModel> models = plans.models(offer.id());
        if (models.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plans.type-takes-none", offer.offerType()));
            none.setId("plans-none-for-type");
            add(none);
            return;
        }
        boolean mayEdit = plans.mayEdit(offer.id());
        if (offer.status() == OfferStatus.LIVE || offer.wentLiveAt() != null) {
            Paragraph live = new Paragraph(getTranslation(plans.hasUnpublishedChanges(offer.id())
                    ? "plans.live.pending" : "plans.live.intro"));
            live.setId("plans-live-note");
            add(live);
        }
        if (!mayEdit) {
            add(new Paragraph(getTranslation("plans.read-only", offer.status())));
        }
        List<PlanSummary> summaries = plans.plans(offer.id());
        Div cards = new Div();
        cards.addClassName("portal-cards");
        cards.setId("plan-cards");
        summaries.forEach(s -> cards.add(card(offer, s)));
        if (summaries.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plans.empty"));
            empty.addClassName("portal-empty-state");
            empty.setId("plans-empty");
            add(empty);
        }
        add(cards);
        if (mayEdit) {
            add(newPlanForm(offer));
        }
    }

    private Div card(Offer offer, PlanSummary summary) {
        Plan plan = summary.plan();
        Div card = new Div();
        card.addClassName("portal-card");
        card.setId("plan-card-" + plan.planId());
        Anchor name = new Anchor("offers/" + offer.id() + "/plans/" + plan.planId(), plan.name());
        name.addClassName("portal-card-value");
        name.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Span id = new Span(plan.planId());
        id.addClassName("portal-card-title");
        Div badges = new Div();
        badges.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        badges.add(Badge.of(plan.pricingModel() == null ? getTranslation("plans.model.none")
                : getTranslation(plan.pricingModel().messageKey()), Badge.Tone.NEUTRAL));
        badges.add(Badge.of(getTranslation(plan.visibility().messageKey()), Badge.Tone.INFO));
        if (plan.hidden()) {
            badges.add(Badge.of(getTranslation("plans.hidden"), Badge.Tone.INFO));
        }
        badges.add(Badge.of(summary.complete() ? getTranslation("plans.status.ready") : getTranslation("plans.status.incomplete"),
                summary.complete() ? Badge.Tone.GOOD : Badge.Tone.WARN));
        Span markets = new Span(getTranslation("plans.market-count", summary.marketCount()));
        markets.addClassName("portal-card-detail");
        card.add(name, id, badges, markets);
        return card;
    }

    private Div newPlanForm(Offer offer) {
        TextField planId = new TextField(getTranslation("plans.field.planId"));
        planId.setId("new-plan-id");
        planId.setMaxLength(PlanRules.PLAN_ID_MAX);
        planId.setHelperText(getTranslation("plans.field.planId.help"));
        planId.setRequired(true);
        TextField name = new TextField(getTranslation("plans.field.name"));
        name.setId("new-plan-name");
        name.setMaxLength(PlanRules.NAME_MAX);
        name.setRequired(true);
        TextField summary = new TextField(getTranslation("plans.field.summary"));
        summary.setId("new-plan-summary");
        summary.setMaxLength(PlanRules.SUMMARY_MAX);
        summary.setRequired(true);
        TextArea description = new TextArea(getTranslation("plans.field.description"));
        description.setId("new-plan-description");
        description.setMaxLength(PlanRules.DESCRIPTION_MAX);
        description.setRequired(true);
        Map<String, HasValidation> fields = Map.of("planId", planId, "name", name, "summary", summary,
                "description", description);
        FormLayout form = new FormLayout(planId, name, summary, description);
        form.setColspan(description, 2);
        Button create = new PortalButton(getTranslation("plans.create"), e -> {
            try {
                Plan created = plans.create(offer.id(), new NewPlan(planId.getValue(),
                        new PlanDetails(name.getValue(), summary.getValue(), description.getValue())));
                UI.getCurrent().navigate("offers/" + offer.id() + "/plans/" + created.planId());
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        create.setId("create-plan");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div box = new Div(new H3(getTranslation("plans.new")), form, create);
        box.setId("new-plan");
        box.setWidthFull();
        return box;
    }
}
