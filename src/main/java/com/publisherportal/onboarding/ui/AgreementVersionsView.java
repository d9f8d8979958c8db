package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.AgreementKind;
import com.publisherportal.onboarding.AgreementService;
import com.publisherportal.onboarding.AgreementVersion;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/**
 * Administrators: the agreements' versions, and publishing a new one in English and French with
 * what changed. Publishing asks every account's owner to accept it before their next submission.
 */
@Route("admin/agreements")
@Menu(title = "nav.agreements", order = com.publisherportal.common.ui.MenuSections.ADMIN + 30, icon = "vaadin:file-text-o")
@RolesAllowed(Roles.ADMIN)
public class AgreementVersionsView extends VerticalLayout implements TitledView {

    private final AgreementService agreements;
    private final ReviewService reviews;
    private final Select<AgreementKind> kind = new Select<>();
    private final VerticalLayout content = new VerticalLayout();

    public AgreementVersionsView(AgreementService agreements, ReviewService reviews) {
        this.agreements = agreements;
        this.reviews = reviews;
        addClassName("portal-page");
        add(new Paragraph(getTranslation("agreements.admin.intro")));
        kind.setLabel(getTranslation("agreements.admin.kind"));
        kind.setItems(AgreementKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setId("agreement-kind");
        kind.setValue(AgreementKind.PARTICIPATION_POLICIES);
        kind.addValueChangeListener(e -> render());
        content.setPadding(false);
        add(kind, content);
        render();
    }

    private void render() {
        content.removeAll();
        AgreementKind selected = kind.getValue();
        List<AgreementVersion> versions = agreements.versions(selected);
        AgreementVersion current = versions.isEmpty() ? null : versions.getFirst();

        Grid<AgreementVersion> grid = new PortalGrid<>();
        grid.setId("agreement-versions");
        grid.setAllRowsVisible(true);
        grid.addColumn(AgreementVersion::number).setHeader(getTranslation("agreements.admin.number")).setAutoWidth(true);
        grid.addColumn(v -> v.title(getLocale())).setHeader(getTranslation("agreements.admin.title-column"));
        grid.addColumn(v -> Formats.dateTime(v.publishedAt())).setHeader(getTranslation("agreements.admin.published"));
        grid.addColumn(v -> v.publishedBy() == null ? getTranslation("agreements.admin.shipped") : reviews.nameOf(v.publishedBy()))
                .setHeader(getTranslation("agreements.admin.published-by"));
        grid.addColumn(v -> v.changes(getLocale())).setHeader(getTranslation("agreements.admin.changes")).setFlexGrow(2);
        grid.setItems(versions);

        TextField titleEn = text("agreements.admin.title-en", "titleEn", current == null ? "" : current.titleEn());
        TextField titleFr = text("agreements.admin.title-fr", "titleFr", current == null ? "" : current.titleFr());
        TextArea bodyEn = area("agreements.admin.body-en", "bodyEn", current == null ? "" : current.bodyEn(), 20_000);
        TextArea bodyFr = area("agreements.admin.body-fr", "bodyFr", current == null ? "" : current.bodyFr(), 20_000);
        TextArea changesEn = area("agreements.admin.changes-en", "changesEn", "", 2_000);
        TextArea changesFr = area("agreements.admin.changes-fr", "changesFr", "", 2_000);
        Map<String, HasValidation> fields = Map.of("titleEn", titleEn, "titleFr", titleFr, "bodyEn", bodyEn,
                "bodyFr", bodyFr, "changesEn", changesEn, "changesFr", changesFr);
        Button publish = new PortalButton(getTranslation("agreements.admin.publish",
                current == null ? 1 : current.number() + 1), e -> {
            try {
                AgreementVersion published = agreements.publish(selected, new AgreementService.AgreementDraft(
                        titleEn.getValue(), titleFr.getValue(), bodyEn.getValue(), bodyFr.getValue(),
                        changesEn.getValue(), changesFr.getValue()));
                Notify.success("agreements.admin.published-ok", published.number());
                render();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        publish.setId("agreement-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(titleEn, titleFr, bodyEn, bodyFr, changesEn, changesFr);
        content.add(new H3(getTranslation("agreements.admin.versions")), grid,
                new H3(getTranslation("agreements.admin.new")), new Paragraph(getTranslation("agreements.admin.new.help")),
                form, publish);
    }

    private TextField text(String labelKey, String id, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(200);
        field.setValue(value);
        field.setId("agreement-" + id);
        return field;
    }

    private TextArea area(String labelKey, String id, String value, int max) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setValue(value);
        field.setId("agreement-" + id);
        return field;
    }

    @Override
    public String titleKey() {
        return "agreements.admin.title";
    }
}
