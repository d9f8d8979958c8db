package com.publisherportal.plans.ui;

import com.publisherportal.account.Countries;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.plans.Market;
import com.publisherportal.plans.Plan;
import com.publisherportal.plans.PlanService;
import com.publisherportal.plans.PriceChangeSchedule;
import com.publisherportal.plans.PricePoint;
import com.publisherportal.plans.PricingTexts;
import com.publisherportal.plans.PricingWorkbook;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The plan's prices as an Excel workbook: download it, edit the white cells in Excel or
 * LibreOffice, upload it again; every change (and for a live offer when it takes effect) is shown
 * before anything is applied, and a workbook with any bad cell applies nothing.
 */
class PricingWorkbookPanel extends Div {

    private final PlanService plans;
    private final long offerId;
    private final Plan plan;
    private final Runnable applied;

    PricingWorkbookPanel(PlanService plans, long offerId, Plan plan, boolean mayEdit, Runnable applied) {
        this.plans = plans;
        this.offerId = offerId;
        this.plan = plan;
        this.applied = applied;
        setId("pricing-workbook");
        addClassName("portal-pricing-workbook");
        UI ui = UI.getCurrent();
        add(new H3(getTranslation("pricing.panel.title")), new Paragraph(getTranslation("pricing.panel.intro")));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            var table = plans.workbookTable(offerId, plan.planId(), label(ui), marketName(ui));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            PricingWorkbook.write(table, texts(ui), out);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    plan.planId() + "-prices.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    out.size());
        }), getTranslation("pricing.panel.download"));
        download.setId("pricing-download");
        add(download);
        if (mayEdit) {
            Upload upload = new Upload();
            upload.setId("pricing-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(PricingWorkbook.MAX_BYTES + 1024);
            upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            ComponentTexts.localise(upload);
            upload.setUploadHandler(event -> {
                try {
                    PlanService.WorkbookImport read = plans.readWorkbook(offerId, plan.planId(), event.getInputStream(),
                            label(ui), marketName(ui));
                    event.getUI().access(() -> {
                        upload.clearFileList();
                        review(read);
                    });
                } catch (PortalException ex) {
                    String message = ui.getTranslation(ex.messageKey(), ex.arguments());
                    event.reject(message);
                    event.getUI().access(() -> Notify.error(message));
                } catch (IOException ex) {
                    event.reject(ui.getTranslation("pricing.import.not-xlsx"));
                }
            });
            add(upload);
        }
    }

    /** Shows what the workbook changes, or why nothing of it applies, before anything is applied. */
    private void review(PlanService.WorkbookImport read) {
        UI ui = UI.getCurrent();
        Dialog dialog = new Dialog();
        dialog.setId("pricing-import-dialog");
        dialog.setHeaderTitle(getTranslation("pricing.review.title"));
        dialog.setWidth("min(48rem, 96vw)");
        UnorderedList lines = new UnorderedList();
        Button apply = new PortalButton(getTranslation("pricing.review.apply"));
        apply.setId("pricing-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        switch (read.result()) {
            case PricingWorkbook.Refused refused -> {
                dialog.add(new Paragraph(getTranslation("pricing.review.refused", refused.errors().size())));
                PricingTexts texts = texts(ui);
                refused.errors().forEach(error -> lines.add(new ListItem(texts.describe(error))));
                apply.setEnabled(false);
            }
            case PricingWorkbook.Accepted accepted -> {
                dialog.add(new Paragraph(accepted.isEmpty() ? getTranslation("pricing.review.nothing")
                        : getTranslation("pricing.review.changes", accepted.prices().size(), accepted.availability().size())));
                accepted.availability().forEach(a -> lines.add(new ListItem(getTranslation(
                        a.available() ? "pricing.review.sold" : "pricing.review.not-sold", Countries.name(a.market().code(), getLocale())))));
                accepted.prices().forEach(p -> lines.add(new ListItem(getTranslation("pricing.review.price",
                        Countries.name(p.market().code(), getLocale()), label(ui).apply(p.point()),
                        Formats.money(p.oldEffective(), p.market().currency()), Formats.money(p.newEffective(), p.market().currency())))));
                apply.setEnabled(!accepted.isEmpty() && read.schedule().allowed());
            }
        }
        dialog.add(lines);
        if (read.schedule() != null) {
            dialog.add(PriceChangeList.schedule(this, "pricing-schedule", "pricing.schedule.title", read.schedule()));
        }
        apply.addClickListener(e -> {
            try {
                plans.applyWorkbook(offerId, plan.planId(), read);
                dialog.close();
                Notify.success("pricing.review.applied");
                applied.run();
            } catch (PortalException ex) {
                Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        Button cancel = new PortalButton(getTranslation("pricing.review.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, apply);
        dialog.open();
    }

    private static Function<PricePoint, String> label(UI ui) {
        return p -> ui.getTranslation(p.kind().messageKey(), p.key());
    }

    private static Function<Market, String> marketName(UI ui) {
        Locale locale = ui.getLocale();
        return m -> Countries.name(m.code(), locale);
    }

    private static PricingTexts texts(UI ui) {
        return new PricingTexts((key, args) -> ui.getTranslation(key, args));
    }
}
