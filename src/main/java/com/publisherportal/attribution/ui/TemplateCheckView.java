package com.publisherportal.attribution.ui;

import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.attribution.CheckReport;
import com.publisherportal.attribution.CheckReport.Finding;
import com.publisherportal.attribution.CheckReport.TrackingDeployment;
import com.publisherportal.attribution.TemplateCheckService;
import com.publisherportal.attribution.TemplateChecker;
import com.publisherportal.common.PortalException;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Upload a template or a package and see its tracking deployments checked. The upload is read
 * into memory with a bound (nothing is written to disk) and checked in the upload request; the
 * report is then shown in the page.
 */
@Route("attribution/check")
@Menu(title = "nav.attribution-check", order = 41, icon = "vaadin:check-square-o")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.DEVELOPER})
@StyleSheet("styles/attribution.css")
public class TemplateCheckView extends VerticalLayout {

    private final TemplateCheckService checks;
    private final long accountId;
    private final Div result = new Div();

    public TemplateCheckView(TemplateCheckService checks, CurrentUser currentUser) {
        this.checks = checks;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");

        Upload upload = new Upload();
        upload.setUploadHandler(event -> {
            Outcome outcome = check(event.getFileName(), event.getInputStream());
            event.getUI().access(() -> {
                show(outcome);
                // Ready for the next file at once; the report names the one just checked.
                upload.clearFileList();
            });
        });
        upload.setId("template-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(TemplateChecker.MAX_PACKAGE_BYTES);
        upload.setAcceptedFileTypes(".json", ".zip", "application/json", "application/zip");
        upload.setI18n(ComponentTexts.localise(upload)
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attribution.check.upload.one"))
                        .setMany(getTranslation("attribution.check.upload.one")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attribution.check.drop"))
                        .setMany(getTranslation("attribution.check.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("attribution.check.upload.too-big",
                                TemplateChecker.MAX_PACKAGE_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("attribution.check.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("attribution.check.upload.one-file"))));
        upload.addFileRejectedListener(e -> showRefusal(e.getErrorMessage()));
        result.setId("check-result");
        result.setWidthFull();
        // Before the first upload: what the report will show, and where GUIDs are registered.
        Paragraph waiting = new Paragraph(getTranslation("attribution.check.empty"));
        com.vaadin.flow.component.html.Anchor register = new com.vaadin.flow.component.html.Anchor("attribution",
                getTranslation("attribution.check.empty.register"));
        Div empty = new Div(waiting, register);
        empty.addClassName("portal-empty-state");
        empty.setId("check-empty");
        result.add(empty);
        add(new Paragraph(getTranslation("attribution.check.intro")), upload, result);
    }

    /** The report, or why the upload was refused (an I18N key with its arguments). */
    record Outcome(CheckReport report, String refusalKey, List<Object> refusalArguments) {

        static Outcome refused(String key, Object... arguments) {
            return new Outcome(null, key, List.of(arguments));
        }
    }

    /**
     * Reads (with a bound) and checks an upload. Runs in the upload request, under the user's
     * security context but without the session lock: it touches no component.
     */
    Outcome check(String fileName, InputStream content) {
        try (content) {
            return new Outcome(checks.check(accountId, fileName, content), null, List.of());
        } catch (PortalException e) {
            return Outcome.refused(e.messageKey(), e.arguments());
        } catch (AccessDeniedException e) {
            return Outcome.refused("error.access-denied");
        } catch (IOException e) {
            return Outcome.refused("attribution.check.upload-failed");
        }
    }

    private void showRefusal(String text) {
        result.removeAll();
        Paragraph refused = new Paragraph(text);
        refused.addClassNames("attribution-verdict", "error");
        refused.setId("check-refused");
        result.add(refused);
    }

    void show(Outcome outcome) {
        if (outcome.report() == null) {
            showRefusal(getTranslation(outcome.refusalKey(), outcome.refusalArguments().toArray()));
            return;
        }
        result.removeAll();
        CheckReport report = outcome.report();
        String verdict = report.verdict().name().toLowerCase(Locale.ROOT);
        Paragraph badge = new Paragraph(getTranslation("attribution.check.verdict." + verdict));
        badge.addClassNames("attribution-verdict", verdict);
        badge.setId("check-verdict");
        result.add(badge);
        if (report.mainTemplate() != null) {
            result.add(new Paragraph(getTranslation("attribution.check.files", report.mainTemplate(),
                    String.join(", ", report.files()))));
        }
        if (!report.findings().isEmpty()) {
            result.add(findings(report.findings(), "check-findings"));
        }
        if (!report.trackingDeployments().isEmpty()) {
            result.add(new H3(getTranslation("attribution.check.deployments", report.trackingDeployments().size())));
        }
        int index = 0;
        for (TrackingDeployment deployment : report.trackingDeployments()) {
            result.add(card(deployment, index++));
        }
    }

    private Component card(TrackingDeployment d, int index) {
        Div card = new Div();
        card.addClassName("attribution-card");
        card.setId("tracking-deployment-" + index);
        Div facts = new Div();
        facts.addClassName("attribution-facts");
        fact(facts, "attribution.check.where", getTranslation("attribution.check.placement." + d.placement().name(),
                d.file(), d.path()));
        fact(facts, "attribution.check.name", d.nameAsWritten());
        if (d.resolvedName() != null && !d.resolvedName().equals(d.nameAsWritten())) {
            fact(facts, "attribution.check.resolved", d.resolvedName());
        }
        fact(facts, "attribution.guid", d.guid() == null ? getTranslation("attribution.check.no-guid") : d.guid());
        if (d.registration() != null) {
            // A GUID registered without an offer (a template outside the marketplace) names no offer.
            boolean noOffer = d.offerName() == null && d.registration() != CheckReport.RegistrationStatus.NOT_REGISTERED_TO_YOU;
            fact(facts, "attribution.check.registration", getTranslation("attribution.check.registration."
                    + d.registration().name() + (noOffer ? ".no-offer" : ""), d.offerName() == null ? "" : d.offerName()));
        }
        fact(facts, "attribution.check.condition", d.condition() == null ? getTranslation("attribution.check.no-condition")
                : d.condition());
        fact(facts, "attribution.check.api-version", d.apiVersion() == null ? "—" : d.apiVersion());
        card.add(facts, findings(d.findings(), "tracking-deployment-" + index + "-findings"));
        return card;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("attribution-fact-label");
        Span text = new Span(value);
        text.addClassName("attribution-fact-value");
        facts.add(label, text);
    }

    private Component findings(List<Finding> findings, String id) {
        UnorderedList list = new UnorderedList();
        list.addClassName("attribution-findings");
        list.setId(id);
        for (Finding finding : findings) {
            ListItem item = new ListItem(getTranslation("attribution.check.severity." + finding.severity().name())
                    + " " + getTranslation(finding.key(), finding.arguments().toArray()));
            item.addClassName(finding.severity().name().toLowerCase(Locale.ROOT));
            list.add(item);
        }
        return list;
    }
}
