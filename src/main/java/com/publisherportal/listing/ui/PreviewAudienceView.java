package com.publisherportal.listing.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.listing.PreviewAudience;
import com.publisherportal.listing.PreviewAudienceService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.annotation.Value;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** An offer's preview audience and its preview link: who may see the offer before it goes live. */
@Route("offers/:offerId([0-9]+)/preview-audience")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class PreviewAudienceView extends OfferPage implements TitledView {

    private final PreviewAudienceService audiences;
    private final String publicUrl;

    public PreviewAudienceView(PreviewAudienceService audiences, OfferService offers,
                               @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        super(offers, "preview-audience");
        this.audiences = audiences;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public String titleKey() {
        return "preview-audience.title";
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        PreviewAudience audience = audiences.audience(offerId());
        boolean editable = audiences.mayEdit(offerId());
        add(new H2(getTranslation("preview-audience.heading", offer.name())),
                new Anchor("offers/" + offerId(), getTranslation("listing.back")));

        add(new H3(getTranslation("preview-audience.link")));
        add(new Paragraph(getTranslation("preview-audience.link.help")));
        TextField link = new TextField();
        link.setValue(publicUrl + "/preview/" + audience.token());
        link.setReadOnly(true);
        link.setWidthFull();
        link.setMaxWidth("48em");
        link.setId("preview-link");
        link.setAriaLabel(getTranslation("preview-audience.link"));
        Anchor open = new Anchor("preview/" + audience.token(), getTranslation("preview-audience.open"));
        open.setTarget("_blank");
        open.getElement().setAttribute("rel", "noopener noreferrer");
        open.setId("preview-link-open");
        HorizontalLayout linkRow = new HorizontalLayout(link, open);
        linkRow.setWrap(true);
        linkRow.setWidthFull();
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(linkRow);
        if (editable) {
            Button revoke = new PortalButton(getTranslation("preview-audience.revoke"), e -> {
                audiences.revokeLink(offerId());
                Notify.success("preview-audience.revoked");
                render();
            });
            revoke.setId("preview-link-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(revoke);
        }

        String kind = audience.kind().name();
        add(new H3(getTranslation("preview-audience.members", audience.members().size(), PreviewAudience.MAX_MEMBERS)));
        add(new Paragraph(getTranslation("preview-audience.help." + kind, PreviewAudience.MAX_MEMBERS)));
        if (audience.members().isEmpty()) {
            add(new Paragraph(getTranslation("preview-audience.empty")));
        }
        UnorderedList list = new UnorderedList();
        list.setId("preview-audience-list");
        for (String member : audience.members()) {
            ListItem item = new ListItem(new Span(member));
            if (editable) {
                Button remove = new PortalButton(getTranslation("preview-audience.remove"), e -> {
                    audiences.remove(offerId(), member);
                    render();
                });
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("preview-audience.remove-named", member));
                item.add(remove);
            }
            list.add(item);
        }
        add(list);
        if (!editable) {
            return;
        }
        TextField entry = new TextField(getTranslation("preview-audience.field." + kind));
        entry.setId("preview-audience-entry");
        entry.setMaxLength(254);
        entry.setWidthFull();
        entry.setMaxWidth("30em");
        Button addButton = new PortalButton(getTranslation("preview-audience.add"), e -> {
            try {
                audiences.add(offerId(), entry.getValue());
                render();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, Map.of("member", entry));
            }
        });
        addButton.setId("preview-audience-add");
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout addRow = new HorizontalLayout(entry, addButton);
        addRow.setWrap(true);
        addRow.setWidthFull();
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(addRow);

        add(new Paragraph(getTranslation("preview-audience.csv.help", PreviewAudience.MAX_MEMBERS)));
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    PreviewAudience after = audiences.importCsv(offerId(), in);
                    ui.access(() -> {
                        Notify.success("preview-audience.csv.imported", after.members().size());
                        render();
                    });
                } catch (PortalException ex) {
                    String message = FormErrors.text(ui, ex);
                    event.reject(message);
                    ui.access(() -> Notify.error(message));
                } catch (IOException ex) {
                    event.reject();
                }
            }

            @Override
            public long getFileSizeMax() {
                return PreviewAudienceService.MAX_CSV_BYTES + 1024;
            }
        });
        upload.setId("preview-audience-csv");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        ComponentTexts.localise(upload);
        add(upload);
    }
}
