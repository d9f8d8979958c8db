package com.publisherportal.campaigns.ui;

import com.publisherportal.campaigns.Benefit;
import com.publisherportal.campaigns.BenefitRequirement;
import com.publisherportal.campaigns.BenefitStanding;
import com.publisherportal.campaigns.OfferStanding;
import com.publisherportal.common.Translatable;
import com.publisherportal.common.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The go-to-market page's benefits: the offer's figures, the benefits it qualifies for today, the
 * next step with what it would unlock, and the other benefits within reach with what each takes.
 * Catalogue texts are set as text.
 */
class BenefitsPanel extends VerticalLayout {

    private final boolean seesSales;

    BenefitsPanel(BenefitStanding benefits, boolean seesSales) {
        this.seesSales = seesSales;
        setPadding(false);
        setId("benefits-panel");
        OfferStanding s = benefits.standing();
        add(new Paragraph(getTranslation("benefits.intro")));
        Paragraph listed = new Paragraph(getTranslation("benefits.listed-as", labels(s.listingTypes()), labels(s.storefronts())));
        listed.setId("benefits-listed-as");
        Paragraph figures = new Paragraph(getTranslation("benefits.figures", Formats.number(s.liveOffers()),
                getTranslation(s.trial() ? "benefits.trial.yes" : "benefits.trial.no"), Formats.number(s.leads()),
                seesSales ? usd(s.billedSales()) : getTranslation("benefits.sales.hidden")));
        figures.setId("benefits-figures");
        add(listed, figures);
        if (!s.onStorefront()) {
            Paragraph notLive = new Paragraph(getTranslation("benefits.not-live"));
            notLive.setId("benefits-not-live");
            add(notLive);
        }

        add(new H3(getTranslation("benefits.qualified")));
        Div qualified = new Div();
        qualified.setId("benefits-qualified");
        if (benefits.qualified().isEmpty()) {
            qualified.add(new Paragraph(getTranslation("benefits.qualified.none")));
        }
        benefits.qualified().forEach(b -> qualified.add(card(b, List.of())));
        add(qualified);

        if (!benefits.nextStep().isEmpty()) {
            add(new H3(getTranslation("benefits.next")));
            Div next = new Div();
            next.setId("benefits-next");
            next.add(requirements(benefits.nextStep()));
            next.add(new Paragraph(getTranslation("benefits.next.unlocks", benefits.nextUnlocks().stream()
                    .map(b -> b.name(getLocale())).collect(Collectors.joining(", ")))));
            add(next);
        }
        if (!benefits.withinReach().isEmpty()) {
            add(new H3(getTranslation("benefits.within")));
            Div within = new Div();
            within.setId("benefits-within");
            benefits.withinReach().forEach(w -> within.add(card(w.benefit(), w.missing())));
            add(within);
        }
    }

    private Component card(Benefit b, List<BenefitRequirement> missing) {
        Span name = new Span(b.name(getLocale()));
        name.addClassName("portal-card-title");
        Span group = new Span(getTranslation(b.group().messageKey()));
        group.addClassName("portal-card-detail");
        Div card = new Div(new Div(name, new Span(" · "), group), new Paragraph(b.description(getLocale())));
        card.addClassName("portal-card");
        card.setId("benefit-" + b.code());
        if (!missing.isEmpty()) {
            card.add(new Span(getTranslation("benefits.takes")), requirements(missing));
        }
        return card;
    }

    private Component requirements(List<BenefitRequirement> missing) {
        UnorderedList list = new UnorderedList();
        for (BenefitRequirement r : missing) {
            ListItem item = new ListItem(new Span(text(r)));
            if (r.kind() == BenefitRequirement.Kind.LIVE_OFFERS || r.kind() == BenefitRequirement.Kind.LEADS
                    || r.kind() == BenefitRequirement.Kind.BILLED_SALES) {
                ProgressBar bar = new ProgressBar(0, 1, r.progress());
                bar.setWidth("16rem");
                bar.getElement().setAttribute("aria-label", text(r));
                item.add(bar);
            }
            list.add(item);
        }
        return list;
    }

    private String text(BenefitRequirement r) {
        return switch (r.kind()) {
            case GO_LIVE -> getTranslation("benefits.req.GO_LIVE");
            case LISTING_TYPE -> getTranslation("benefits.req.LISTING_TYPE." + r.listingType().name());
            case LIVE_OFFERS -> getTranslation("benefits.req.LIVE_OFFERS", Formats.number(r.target().longValue()),
                    Formats.number(r.current().longValue()));
            case LEADS -> getTranslation("benefits.req.LEADS", Formats.number(r.target().longValue()),
                    Formats.number(r.current().longValue()));
            case BILLED_SALES -> seesSales
                    ? getTranslation("benefits.req.BILLED_SALES", usd(r.target()), usd(r.current()))
                    : getTranslation("benefits.req.BILLED_SALES.share", usd(r.target()), Formats.percent(r.progress(), 0));
        };
    }

    private String labels(Collection<? extends Translatable> values) {
        return values.stream().map(v -> getTranslation(v.messageKey())).collect(Collectors.joining(", "));
    }

    private static String usd(BigDecimal amount) {
        return Formats.money(amount, "USD");
    }
}
