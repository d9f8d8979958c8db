package com.publisherportal.plans.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.plans.PriceChangeSchedule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Locale;

/** Price changes as a publisher reads them: "Increase — France, Per user per month: 12.00 € → 14.00 € from 1 March 2027". */
final class PriceChangeList {

    private PriceChangeList() {
    }

    /** A schedule of changes not published yet: its refusals first, then each change and its date (or "at once" before go-live). */
    static Component schedule(Component context, String id, String titleKey, PriceChangeSchedule.Schedule schedule) {
        Div box = new Div();
        box.setId(id);
        if (schedule.immediate()) {
            box.add(new Paragraph(context.getTranslation("pricing.schedule.now")));
            return box;
        }
        schedule.refusals().forEach(v -> {
            Paragraph refusal = new Paragraph(context.getTranslation(v.messageKey(), v.arguments()));
            refusal.addClassName("portal-report");
            box.add(refusal);
        });
        if (!schedule.changes().isEmpty()) {
            box.add(new H3(context.getTranslation(titleKey)), changes(context, schedule.changes()));
        }
        return box;
    }

    static UnorderedList changes(Component context, List<PriceChangeSchedule.ScheduledChange> changes) {
        UnorderedList list = new UnorderedList();
        Locale locale = UI.getCurrent().getLocale();
        changes.forEach(c -> list.add(new ListItem(context.getTranslation("pricing.schedule.line",
                context.getTranslation(c.direction().messageKey()), Countries.name(c.market().code(), locale),
                context.getTranslation(c.point().kind().messageKey(), c.point().key()), Formats.date(c.effectiveOn()),
                Formats.money(c.oldPrice(), c.market().currency(), locale),
                Formats.money(c.newPrice(), c.market().currency(), locale)))));
        return list;
    }
}
