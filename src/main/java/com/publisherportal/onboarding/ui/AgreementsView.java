package com.publisherportal.onboarding.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Badge;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.onboarding.AgreementService;
import com.publisherportal.onboarding.AgreementStanding;
import com.publisherportal.onboarding.AgreementVersion;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agreements a publisher accepts, each in its current version, in the reader's language: the
 * owner accepts; everyone in the account sees who accepted which version and when, and what
 * changed in a version still to accept.
 */
@Route("onboarding/agreements")
@RolesAllowed(Roles.PUBLISHER)
public class AgreementsView extends VerticalLayout implements TitledView {

    private final AgreementService agreements;
    private final PortalUser user;

    public AgreementsView(CurrentUser currentUser, AgreementService agreements) {
        this.agreements = agreements;
        this.user = currentUser.require();
        addClassName("portal-page");
        render();
    }

    private void render() {
        removeAll();
        boolean owner = user.accountRole() == AccountRole.OWNER;
        add(new Paragraph(getTranslation(owner ? "agreements.intro.owner" : "agreements.intro.member")));
        for (AgreementStanding standing : agreements.standing(user.accountId())) {
            add(agreement(standing, owner));
        }
    }

    private Div agreement(AgreementStanding standing, boolean owner) {
        AgreementVersion version = standing.current();
        String kind = standing.kind().name();
        Div box = new Div();
        box.addClassName("portal-agreement");
        box.setId("agreement-" + kind);
        H3 title = new H3(version.title(getLocale()));
        Span number = new Span(getTranslation("agreements.version", version.number(), Formats.date(version.publishedAt())));
        number.addClassName("portal-card-detail");
        box.add(title, number);
        if (standing.accepted()) {
            var a = standing.latestAcceptance().orElseThrow();
            Span badge = Badge.of(getTranslation("agreements.accepted-by", a.acceptedByName(), Formats.dateTime(a.acceptedAt())),
                    Badge.Tone.GOOD);
            badge.setId("agreement-status-" + kind);
            box.add(new Div(badge));
        } else {
            Span badge = Badge.of(getTranslation(standing.renewalNeeded() ? "agreements.renewal-needed" : "agreements.not-accepted"),
                    Badge.Tone.WARN);
            badge.setId("agreement-status-" + kind);
            box.add(new Div(badge));
            if (standing.renewalNeeded()) {
                standing.latestAcceptance().ifPresent(a -> box.add(new Paragraph(getTranslation("agreements.previously-accepted",
                        a.versionNumber(), a.acceptedByName(), Formats.date(a.acceptedAt())))));
                Paragraph changes = new Paragraph(version.changes(getLocale()));
                changes.addClassName("portal-agreement-changes");
                changes.setId("agreement-changes-" + kind);
                box.add(new Span(getTranslation("agreements.what-changed")), changes);
            }
        }
        // The agreement's text is plain text, kept as the staff wrote it (line breaks and all), never markup.
        Div body = new Div();
        body.setText(version.body(getLocale()));
        body.addClassName("portal-agreement-text");
        body.setId("agreement-text-" + kind);
        Details text = new Details(getTranslation("agreements.read"), body);
        text.setOpened(!standing.accepted());
        box.add(text);
        if (!standing.accepted()) {
            if (owner) {
                Button accept = new PortalButton(getTranslation("agreements.accept", version.number()), e -> {
                    try {
                        agreements.accept(user.accountId(), version.id());
                        Notify.success("agreements.accepted");
                    } catch (PortalException ex) {
                        Notify.error(getTranslation(ex.messageKey(), ex.arguments()));
                    }
                    render();
                });
                accept.setId("agreement-accept-" + kind);
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(accept);
            } else {
                Span who = new Span(getTranslation("agreements.owner-accepts"));
                who.addClassName("portal-step-next");
                box.add(who);
            }
        }
        return box;
    }

    @Override
    public String titleKey() {
        return "agreements.title";
    }
}
