package com.publisherportal.plans.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.account.Countries;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.MenuSections;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.plans.Market;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.StaffMarket;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * Staff: the marketplace's markets, each with its currency, the exchange rate at which USD prices
 * are converted, and whether the marketplace remits the taxes there. A change applies to every
 * converted price at once (overridden prices stay as the publishers set them).
 */
@Route("staff/markets")
@Menu(title = "nav.markets", order = MenuSections.STAFF + 55, icon = "vaadin:globe")
@RolesAllowed(Roles.STAFF)
public class MarketsView extends VerticalLayout {

    private final PlanService plans;
    private final Grid<StaffMarket> grid = new PortalGrid<>();
    private final TextField currency = new TextField();
    private final BigDecimalField rate = new BigDecimalField();
    private final Checkbox taxRemitted = new Checkbox();
    private final H3 editing = new H3();
    private final FormLayout form;
    private final Button save;
    private StaffMarket selected;

    public MarketsView(PlanService plans) {
        this.plans = plans;
        addClassName("portal-page");
        setId("markets-view");
        grid.setId("markets-grid");
        grid.addColumn(m -> Countries.name(m.market().code(), getLocale()) + " (" + m.market().code() + ")")
                .setHeader(getTranslation("plans.markets.market")).setFlexGrow(1).setAutoWidth(true);
        grid.addColumn(m -> m.market().currency()).setHeader(getTranslation("plans.markets.currency")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(m -> m.market().usdRate().stripTrailingZeros().toPlainString())
                .setHeader(getTranslation("markets.rate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> getTranslation(m.market().taxRemitted() ? "plans.markets.tax.yes" : "plans.markets.tax.no"))
                .setHeader(getTranslation("plans.markets.tax")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));
        grid.setHeight("24rem");
        currency.setLabel(getTranslation("plans.markets.currency"));
        currency.setId("market-currency");
        currency.setMaxLength(3);
        rate.setLabel(getTranslation("markets.rate"));
        rate.setId("market-rate");
        rate.setHelperText(getTranslation("markets.rate.help"));
        taxRemitted.setLabel(getTranslation("markets.tax-remitted"));
        taxRemitted.setId("market-tax");
        save = new PortalButton(getTranslation("plans.save"), e -> save());
        save.setId("save-market");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form = new FormLayout(currency, rate, taxRemitted);
        editing.setId("market-editing");
        edit(null);
        add(new Paragraph(getTranslation("markets.intro")), grid, editing, form, save);
        refresh();
    }

    private void refresh() {
        grid.setItems(plans.staffMarkets());
    }

    private void edit(StaffMarket market) {
        selected = market;
        boolean on = market != null;
        editing.setText(on ? getTranslation("markets.editing", Countries.name(market.market().code(), getLocale()))
                : getTranslation("markets.choose"));
        form.setVisible(on);
        save.setVisible(on);
        if (on) {
            currency.setValue(market.market().currency());
            rate.setValue(market.market().usdRate().stripTrailingZeros());
            taxRemitted.setValue(market.market().taxRemitted());
        }
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("currency", currency, "rate", rate);
        FormErrors.clear(fields);
        Market market;
        try {
            market = new Market(selected.market().code(), currency.getValue().strip().toUpperCase(java.util.Locale.ROOT),
                    rate.getValue() == null ? java.math.BigDecimal.ZERO : rate.getValue(), taxRemitted.getValue());
        } catch (IllegalArgumentException e) {
            boolean badCurrency;
            try {
                java.util.Currency.getInstance(currency.getValue().strip().toUpperCase(java.util.Locale.ROOT));
                badCurrency = false;
            } catch (IllegalArgumentException unknown) {
                badCurrency = true;
            }
            HasValidation field = badCurrency ? currency : rate;
            field.setErrorMessage(getTranslation(badCurrency ? "markets.currency.invalid" : "markets.rate.invalid"));
            field.setInvalid(true);
            return;
        }
        if (market.usdRate().compareTo(new java.math.BigDecimal("1000000")) > 0 || market.usdRate().stripTrailingZeros().scale() > 6) {
            rate.setErrorMessage(getTranslation("markets.rate.invalid"));
            rate.setInvalid(true);
            return;
        }
        try {
            StaffMarket saved = plans.updateMarket(market, selected.version());
            Notify.success("markets.saved", saved.market().code());
            refresh();
            grid.select(saved);
        } catch (PortalException ex) {
            FormErrors.show(this, ex, fields);
            refresh();
        }
    }
}
