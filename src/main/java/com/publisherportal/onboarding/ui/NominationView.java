package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.ApprovalPackageService;
import com.publisherportal.onboarding.Nomination;
import com.publisherportal.security.AccountRole;
import com.publisherportal.onboarding.NominationService;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.onboarding.PlatformRelation;
import com.publisherportal.onboarding.ReviewStatus;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;

/** Nominating a product, and the account's nominations with their decisions. */
@Route("onboarding/nomination")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class NominationView extends VerticalLayout implements TitledView {

    public NominationView(CurrentUser currentUser, NominationService nominations, List<ReviewItemPanel> panels,
                          ApprovalPackageService approvalPackages) {
        addClassName("portal-page");
        long accountId = currentUser.require().accountId();
        List<Nomination> existing = nominations.nominations(accountId);
        boolean pending = existing.stream().anyMatch(n -> n.status() == ReviewStatus.SUBMITTED);
        boolean approved = existing.stream().anyMatch(n -> n.status() == ReviewStatus.APPROVED);
        add(new Paragraph(getTranslation(approved ? "nomination.intro.approved" : "nomination.intro")));
        approvalPackages.approvalPackage(accountId).ifPresent(p -> add(new ApprovalPackageSection(p,
                currentUser.require().accountRole() == AccountRole.OWNER, () -> approvalPackages.showCodeOnce(accountId))));

        if (!pending) {
            TextField product = new TextField(getTranslation("nomination.product"));
            product.setMaxLength(100);
            product.setId("nomination-product");
            Select<OfferType> type = new Select<>();
            type.setLabel(getTranslation("nomination.offer-type"));
            type.setItems(OfferType.values());
            type.setItemLabelGenerator(t -> getTranslation(t.messageKey()));
            type.setId("nomination-type");
            TextArea description = new TextArea(getTranslation("nomination.description"));
            description.setMaxLength(2000);
            description.setId("nomination-description");
            Select<PlatformRelation> relation = new Select<>();
            relation.setLabel(getTranslation("nomination.relation"));
            relation.setItems(PlatformRelation.values());
            relation.setItemLabelGenerator(r -> getTranslation("relation." + r.name()));
            relation.setId("nomination-relation");
            TextField service = new TextField(getTranslation("nomination.service"));
            service.setHelperText(getTranslation("nomination.service.help"));
            service.setId("nomination-service");
            TextField customers = new TextField(getTranslation("nomination.customers"));
            customers.setId("nomination-customers");
            TextField website = new TextField(getTranslation("nomination.website"));
            website.setPlaceholder("https://");
            website.setId("nomination-website");
            Map<String, HasValidation> fields = Map.of("productName", product, "offerType", type,
                    "description", description, "platformRelation", relation, "platformService", service,
                    "targetCustomers", customers, "website", website);
            Button submit = new PortalButton(getTranslation("nomination.submit"), e -> {
                try {
                    nominations.submit(accountId, new NominationService.NominationForm(product.getValue(),
                            type.getValue(), description.getValue(), relation.getValue(), service.getValue(),
                            customers.getValue(), website.getValue()));
                    Notify.success("nomination.submitted");
                    UI.getCurrent().navigate(OnboardingView.class);
                } catch (PortalException ex) {
                    FormErrors.show(this, ex, fields);
                }
            });
            submit.setId("nomination-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            FormLayout form = new FormLayout(product, type, description, relation, service, customers, website);
            form.setColspan(description, 2);
            add(new H3(getTranslation("nomination.new")), form, submit);
        }

        if (!existing.isEmpty()) {
            Grid<Nomination> grid = new PortalGrid<>();
            grid.setAllRowsVisible(true);
            grid.addColumn(Nomination::productName).setHeader(getTranslation("nomination.product"));
            grid.addComponentColumn(n -> OnboardingStatus.review(this, n.status())).setHeader(getTranslation("common.status"));
            grid.addColumn(n -> Formats.date(n.submittedAt())).setHeader(getTranslation("common.submitted"));
            grid.addColumn(n -> n.status() == ReviewStatus.SUBMITTED
                    ? getTranslation("onboarding.due-by", Formats.weekdayDate(n.dueAt())) : Formats.date(n.decidedAt()))
                    .setHeader(getTranslation("common.decision"));
            grid.addColumn(n -> n.decisionReason() == null ? "" : n.decisionReason()).setHeader(getTranslation("common.reason")).setFlexGrow(2);
            grid.setItems(existing);
            add(new H3(getTranslation("nomination.history")), grid);
            // The conversation with the marketplace team on the latest nomination.
            Nomination latest = existing.stream().max(java.util.Comparator.comparing(Nomination::submittedAt)).orElseThrow();
            panels.forEach(panel -> add(panel.panel(com.publisherportal.onboarding.QueueKind.NOMINATION, latest.id())));
        }
    }

    @Override
    public String titleKey() {
        return "nomination.title";
    }
}
