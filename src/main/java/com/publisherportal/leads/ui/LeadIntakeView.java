package com.publisherportal.leads.ui;

import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.leads.IntakeTokenService;
import com.publisherportal.leads.TestLeadSender;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;

import java.net.URI;

/**
 * Owners and managers see the account's lead-intake URL (to enter as the HTTPS-endpoint lead
 * destination in Partner Center), rotate it, and send a test lead through it.
 */
@Route("leads/intake")
@Menu(title = "nav.lead-intake", order = 21, icon = "vaadin:connect")
@RolesAllowed({Roles.OWNER, Roles.MANAGER})
public class LeadIntakeView extends VerticalLayout {

    private final IntakeTokenService intake;
    private final long accountId;
    private final String publicBase;
    private final URI serverBase;
    private final TextField url = new TextField();
    private final Pre curl = new Pre();

    public LeadIntakeView(IntakeTokenService intake, TestLeadSender sender, CurrentUser currentUser) {
        this.intake = intake;
        this.accountId = currentUser.require().accountId();
        addClassName("portal-page");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        this.publicBase = publicBase(request);
        this.serverBase = serverBase(request);

        url.setLabel(getTranslation("lead.intake.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setId("intake-url");
        url.setHelperText(getTranslation("lead.intake.url.help"));
        Button rotate = new PortalButton(getTranslation("lead.intake.rotate"), e -> confirmRotation());
        rotate.setId("intake-rotate");
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button test = new PortalButton(getTranslation("lead.intake.send-test"), e -> {
            TestLeadSender.Outcome outcome = sender.send(accountId, serverBase);
            if (outcome.accepted()) {
                Notify.success("lead.intake.send-test.ok");
            } else {
                Notify.error(getTranslation("lead.intake.send-test.failed", outcome.status()));
            }
        });
        test.setId("intake-send-test");
        test.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        curl.addClassName("portal-code");
        add(new Paragraph(getTranslation("lead.intake.intro")), url, new HorizontalLayout(test, rotate),
                new H3(getTranslation("lead.intake.format")), new Paragraph(getTranslation("lead.intake.format.text")),
                curl);
        show(intake.intakeToken(accountId));
    }

    private void show(String token) {
        String address = publicBase + "intake/leads/" + token;
        url.setValue(address);
        curl.setText("curl -i -X POST '" + address + "' \\\n  -H 'Content-Type: application/json' \\\n  -d '"
                + "{\"ActionCode\":\"INS\",\"OfferTitle\":\"My offer\",\"LeadSource\":\"AzureMarketplace-INS|publisher.offer\","
                + "\"UserDetails\":{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\",\"Email\":\"ada@example.com\"}}'");
    }

    private void confirmRotation() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("lead.intake.rotate"));
        dialog.add(new Paragraph(getTranslation("lead.intake.rotate.confirm")));
        Button confirm = new PortalButton(getTranslation("lead.intake.rotate.submit"), e -> {
            show(intake.rotateToken(accountId));
            dialog.close();
            Notify.success("lead.intake.rotated");
        });
        confirm.setId("intake-rotate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new PortalButton(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** The address the browser used, which is what the marketplace must call too. */
    private static String publicBase(VaadinServletRequest request) {
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443) || http.getServerPort() <= 0;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + "/";
    }

    /** The portal as this server reaches itself (the connector it listens on), for the test lead. */
    private static URI serverBase(VaadinServletRequest request) {
        if (request == null || request.getHttpServletRequest().getLocalPort() <= 0) {
            return URI.create("http://127.0.0.1:8080/");
        }
        var http = request.getHttpServletRequest();
        return URI.create(http.getScheme() + "://127.0.0.1:" + http.getLocalPort() + http.getContextPath() + "/");
    }
}
