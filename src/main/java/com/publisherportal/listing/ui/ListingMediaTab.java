package com.publisherportal.listing.ui;

import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingMedia;
import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.MediaKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The listing editor's media tab: each kind of marketing media with its rule, what the draft has,
 * and (when editable) an upload or, for videos, a link with a thumbnail. Videos only where the
 * offer type allows them. Every change is stored at once; {@code changed} then renders the editor anew.
 */
class ListingMediaTab extends VerticalLayout {

    private final ListingMediaService media;
    private final long offerId;
    private final Runnable changed;

    ListingMediaTab(ListingMediaService media, long offerId, ListingRevision revision, ListingCapabilities can,
                    boolean editable, Runnable changed) {
        this.media = media;
        this.offerId = offerId;
        this.changed = changed;
        setPadding(false);
        List<ListingMedia> all = media.media(revision.id());
        for (MediaKind kind : MediaKind.values()) {
            if (kind == MediaKind.VIDEO && !can.videos()) {
                continue;
            }
            List<ListingMedia> ofKind = all.stream().filter(m -> m.kind() == kind).toList();
            add(new H3(getTranslation("listing.media." + kind.name(), ofKind.size(), kind.maxCount())));
            add(new Paragraph(getTranslation("listing.media." + kind.name() + ".rule")));
            Div items = new Div();
            items.addClassName("portal-media-list");
            for (ListingMedia m : ofKind) {
                items.add(item(kind, m, editable));
            }
            add(items);
            if (editable && (ofKind.size() < kind.maxCount() || kind == MediaKind.LOGO_SMALL || kind == MediaKind.LOGO_LARGE)) {
                add(kind == MediaKind.VIDEO ? videoForm() : uploader(kind));
            }
        }
    }

    private Div item(MediaKind kind, ListingMedia m, boolean editable) {
        Div item = new Div();
        item.addClassName("portal-media-item");
        if (kind.isImage()) {
            Image image = new Image(m.url(), m.fileName());
            image.addClassName("portal-media-thumb");
            item.add(image);
        }
        item.add(new Span(kind != MediaKind.VIDEO ? m.fileName() : m.durationSeconds() == null
                ? m.title() + " · " + m.videoUrl()
                : getTranslation("advisor.video.item", m.title(), m.videoUrl(), m.durationSeconds())));
        if (editable) {
            Button remove = new PortalButton(getTranslation("listing.media.remove"), e -> {
                media.removeMedia(offerId, m.id());
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            item.add(remove);
        }
        return item;
    }

    private Upload uploader(MediaKind kind) {
        Upload upload = new Upload(mediaUpload(kind == MediaKind.DOCUMENT ? 11L * 1024 * 1024 : 3L * 1024 * 1024,
                (fileName, in) -> media.upload(offerId, kind, fileName, in)));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(kind == MediaKind.DOCUMENT ? "application/pdf" : "image/png",
                kind == MediaKind.DOCUMENT ? ".pdf" : ".png");
        upload.setId("upload-" + kind.name());
        ComponentTexts.localise(upload);
        return upload;
    }

    /** Stores an upload through the service and refreshes the editor; a refusal is shown with its reason. */
    private UploadHandler mediaUpload(long vaadinCap, BiConsumer<String, InputStream> store) {
        UI ui = UI.getCurrent();
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    store.accept(event.getFileName(), in);
                    ui.access(() -> {
                        Notify.success("listing.media.added");
                        changed.run();
                    });
                } catch (PortalException ex) {
                    String message = ui.getTranslation(ex.messageKey(), ex.arguments());
                    event.reject(message);
                    ui.access(() -> Notify.error(message));
                } catch (IOException ex) {
                    event.reject();
                }
            }

            @Override
            public long getFileSizeMax() {
                // Vaadin's own cap; the service reads with the exact limit and says so.
                return vaadinCap;
            }
        };
    }

    private Component videoForm() {
        TextField title = new TextField(getTranslation("listing.video.title"));
        title.setMaxLength(100);
        TextField url = new TextField(getTranslation("listing.video.url-field"));
        url.setPlaceholder("https://www.youtube.com/watch?v=…");
        url.setWidth("24em");
        // The length is the publisher's word (the link is not fetched); the listing advisor checks 60–90 seconds.
        com.vaadin.flow.component.textfield.IntegerField seconds =
                new com.vaadin.flow.component.textfield.IntegerField(getTranslation("advisor.video.seconds"));
        seconds.setId("video-seconds");
        seconds.setMin(1);
        seconds.setWidth("9em");
        Upload thumbnail = new Upload(mediaUpload(3L * 1024 * 1024,
                (fileName, in) -> media.addVideo(offerId, title.getValue(), url.getValue(), seconds.getValue(), fileName, in)));
        thumbnail.setMaxFiles(1);
        ComponentTexts.localise(thumbnail);
        thumbnail.setAcceptedFileTypes("image/png", ".png");
        thumbnail.setUploadButton(new PortalButton(getTranslation("listing.video.thumbnail")));
        HorizontalLayout form = new HorizontalLayout(title, url, seconds, thumbnail);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
