package com.publisherportal.listing.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.MainLayout;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.listing.ConsultingTitle;
import com.publisherportal.listing.ConsultingType;
import com.publisherportal.listing.ConsultingUnit;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingForm;
import com.publisherportal.listing.ListingMedia;
import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.ListingRules;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.MediaKind;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.listing.TaxonomyService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferRoute;
import com.publisherportal.onboarding.OfferType;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The storefront listing editor: identity, listing details, marketing artifacts and contacts,
 * with live character counters; the marketplace's rules are checked on save and again on submit.
 * Fields an offer type does not allow are not offered.
 */
@Route(value = "offers/:offerId([0-9]+)/listing", layout = MainLayout.class)
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class ListingEditorView extends VerticalLayout implements BeforeEnterObserver, TitledView {

    private final ListingService listings;
    private final ListingMediaService listingMedia;
    private final OfferService offers;
    private final TaxonomyService taxonomy;
    private long offerId;
    private int selectedTab;

    public ListingEditorView(ListingService listings, ListingMediaService listingMedia, OfferService offers,
                             TaxonomyService taxonomy) {
        this.listings = listings;
        this.listingMedia = listingMedia;
        this.offers = offers;
        this.taxonomy = taxonomy;
        addClassName("portal-page");
        setId("listing-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OfferRoute.offer(event, offers).ifPresent(offer -> {
            offerId = offer.id();
            render(offer);
        });
    }

    /** Renders the page again after a change, with the offer as it is now. */
    private void render() {
        render(offers.offer(offerId));
    }

    private void render(Offer offer) {
        removeAll();
        OfferType type = offer.offerType();
        ListingCapabilities can = ListingCapabilities.of(type);
        ListingRevision revision = listings.editorRevision(offerId);
        boolean editable = listings.mayEdit(offerId);
        add(new H2(getTranslation("listing.heading", offer.name())));
        add(new Paragraph(getTranslation(revision.state() == RevisionState.LIVE ? "listing.revision.live"
                : "listing.revision.draft", revision.revisionNumber(), Formats.dateTime(
                revision.state() == RevisionState.LIVE ? revision.wentLiveAt() : revision.updatedAt()))));
        if (!editable) {
            add(new Paragraph(getTranslation("listing.read-only", offer.status())));
        }
        ListingForm form = ListingForm.of(revision);
        Map<String, HasValidation> fields = new HashMap<>();

        // Identity
        FormLayout identity = new FormLayout();
        TextField name = counted("listing.field.name", "name", ListingRules.NAME_MAX, form.name(), fields);
        IntegerField duration = new IntegerField(getTranslation("listing.field.consultingDuration"));
        Select<ConsultingUnit> unit = new Select<>();
        Select<ConsultingType> consultingType = new Select<>();
        Span composed = new Span();
        composed.setId("consulting-title");
        if (can.consultingTitle()) {
            name.setLabel(getTranslation("listing.field.consultingName"));
            fields.put("consultingName", name);
            duration.setMin(1);
            duration.setStepButtonsVisible(true);
            duration.setValue(form.consultingDuration());
            duration.setId("listing-consultingDuration");
            unit.setLabel(getTranslation("listing.field.consultingUnit"));
            unit.setItems(ConsultingUnit.values());
            unit.setItemLabelGenerator(u -> getTranslation("consulting.unit." + u.name()));
            unit.setValue(form.consultingUnit());
            unit.setId("listing-consultingUnit");
            consultingType.setLabel(getTranslation("listing.field.consultingType"));
            consultingType.setItems(ConsultingType.values());
            consultingType.setItemLabelGenerator(t -> getTranslation("consulting.type." + t.name()));
            consultingType.setValue(form.consultingType());
            consultingType.setId("listing-consultingType");
            fields.put("consultingDuration", duration);
            fields.put("consultingUnit", unit);
            fields.put("consultingType", consultingType);
            Runnable compose = () -> {
                ConsultingTitle title = new ConsultingTitle(name.getValue(), duration.getValue(), unit.getValue(), consultingType.getValue());
                composed.setText(getTranslation("listing.consulting.composed", title.composed(), title.composed().length(), ConsultingTitle.MAX_LENGTH));
            };
            name.addValueChangeListener(e -> compose.run());
            duration.addValueChangeListener(e -> compose.run());
            unit.addValueChangeListener(e -> compose.run());
            consultingType.addValueChangeListener(e -> compose.run());
            compose.run();
            identity.add(name, duration, unit, consultingType, composed);
        } else {
            identity.add(name);
        }
        TextField summary = counted("listing.field.summary", "summary", ListingRules.SUMMARY_MAX, form.summary(), fields);
        identity.add(summary);
        identity.setColspan(summary, 2);

        // Listing details
        TextArea description = area("listing.field.description", "description", ListingRules.DESCRIPTION_MAX, form.description(), fields);
        description.setHelperText(getTranslation("listing.description.help"));
        TextArea gettingStarted = area("listing.field.gettingStarted", "gettingStarted", ListingRules.GETTING_STARTED_MAX, form.gettingStarted(), fields);
        MultiSelectComboBox<String> categories = multi("listing.field.categories", "categories", taxonomy.categories(), "category.", form.categories(), fields);
        categories.setHelperText(getTranslation("listing.categories.help", ListingRules.CATEGORIES_MAX));
        List<TextField> keywords = list("listing.field.keyword", "keywords", ListingRules.KEYWORDS_MAX, form.keywords(), fields);
        FormLayout details = new FormLayout(description, gettingStarted, categories);
        details.setColspan(description, 2);
        details.setColspan(gettingStarted, 2);
        MultiSelectComboBox<String> industries = null;
        if (can.industries()) {
            industries = multi("listing.field.industries", "industries", taxonomy.industries(), "industry.", form.industries(), fields);
            industries.setHelperText(getTranslation("listing.industries.help", can.industriesMax()));
            details.add(industries);
        }
        List<TextField> products = List.of();
        if (can.productsUsed()) {
            products = list("listing.field.product", "productsUsed", ListingRules.PRODUCTS_MAX, form.productsUsed(), fields);
            products.forEach(details::add);
        }
        keywords.forEach(details::add);

        // Contacts
        TextField privacy = new TextField(getTranslation("listing.field.privacyUrl"));
        privacy.setPlaceholder("https://");
        privacy.setValue(nz(form.privacyUrl()));
        privacy.setId("listing-privacyUrl");
        fields.put("privacyUrl", privacy);
        TextField supportName = plain("listing.field.supportName", "supportName", form.supportName(), fields);
        EmailField supportEmail = email("listing.field.supportEmail", "supportEmail", form.supportEmail(), fields);
        TextField supportPhone = plain("listing.field.supportPhone", "supportPhone", form.supportPhone(), fields);
        TextField engineeringName = plain("listing.field.engineeringName", "engineeringName", form.engineeringName(), fields);
        EmailField engineeringEmail = email("listing.field.engineeringEmail", "engineeringEmail", form.engineeringEmail(), fields);
        TextField engineeringPhone = plain("listing.field.engineeringPhone", "engineeringPhone", form.engineeringPhone(), fields);
        FormLayout contacts = new FormLayout(privacy, new Span(), supportName, supportEmail, supportPhone, new Span(),
                engineeringName, engineeringEmail, engineeringPhone);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("listing-tabs");
        tabs.add(getTranslation("listing.tab.identity"), identity);
        tabs.add(getTranslation("listing.tab.details"), details);
        tabs.add(getTranslation("listing.tab.media"), media(revision, can, editable));
        tabs.add(getTranslation("listing.tab.contacts"), contacts);
        tabs.add(getTranslation("listing.tab.revisions"), revisions());
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);

        MultiSelectComboBox<String> industriesField = industries;
        List<TextField> productFields = products;
        Button save = new Button(getTranslation("listing.save"), e -> {
            ListingForm edited = new ListingForm(name.getValue(), summary.getValue(), description.getValue(),
                    gettingStarted.getValue(), new ArrayList<>(categories.getSelectedItems()),
                    industriesField == null ? List.of() : new ArrayList<>(industriesField.getSelectedItems()),
                    values(productFields), values(keywords), privacy.getValue(), supportName.getValue(),
                    supportEmail.getValue(), supportPhone.getValue(), engineeringName.getValue(),
                    engineeringEmail.getValue(), engineeringPhone.getValue(),
                    can.consultingTitle() ? duration.getValue() : null, can.consultingTitle() ? unit.getValue() : null,
                    can.consultingTitle() ? consultingType.getValue() : null);
            try {
                listings.save(offerId, edited, revision.id(), revision.version());
                Notify.success("listing.saved");
                render();
            } catch (PortalException ex) {
                FormErrors.show(this, ex, fields);
            }
        });
        save.setId("save-listing");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(editable);
        Anchor back = new Anchor("offers/" + offerId, getTranslation("listing.back"));
        Anchor preview = new Anchor("offers/" + offerId + "/preview", getTranslation("listing.preview"));
        HorizontalLayout bar = new HorizontalLayout(save, back, preview);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar);
        if (!editable) {
            fields.values().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(true));
        }
    }

    /** Every revision of the listing: the live one, the draft waiting for certification, and former live ones. */
    private Component revisions() {
        com.vaadin.flow.component.grid.Grid<ListingRevision> grid = new com.vaadin.flow.component.grid.Grid<>();
        grid.setId("listing-revisions");
        grid.setAllRowsVisible(true);
        grid.addColumn(ListingRevision::revisionNumber).setHeader(getTranslation("listing.revisions.number")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("listing.revisions.state." + r.state().name())).setHeader(getTranslation("common.status"));
        grid.addColumn(ListingRevision::name).setHeader(getTranslation("listing.field.name"));
        grid.addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("listing.revisions.saved"));
        grid.addColumn(r -> Formats.dateTime(r.wentLiveAt())).setHeader(getTranslation("listing.revisions.live"));
        grid.setItems(listings.history(offerId));
        return grid;
    }

    private Component media(ListingRevision revision, ListingCapabilities can, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        List<ListingMedia> all = listingMedia.media(revision.id());
        for (MediaKind kind : MediaKind.values()) {
            if (kind == MediaKind.VIDEO && !can.videos()) {
                continue;
            }
            List<ListingMedia> ofKind = all.stream().filter(m -> m.kind() == kind).toList();
            box.add(new H3(getTranslation("listing.media." + kind.name(), ofKind.size(), kind.maxCount())));
            box.add(new Paragraph(getTranslation("listing.media." + kind.name() + ".rule")));
            Div items = new Div();
            items.addClassName("portal-media-list");
            for (ListingMedia m : ofKind) {
                Div item = new Div();
                item.addClassName("portal-media-item");
                if (kind.isImage()) {
                    Image image = new Image(m.url(), m.fileName());
                    image.addClassName("portal-media-thumb");
                    item.add(image);
                }
                item.add(new Span(kind == MediaKind.VIDEO ? m.title() + " · " + m.videoUrl() : m.fileName()));
                if (editable) {
                    Button remove = new Button(getTranslation("listing.media.remove"), e -> {
                        listingMedia.removeMedia(offerId, m.id());
                        render();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    item.add(remove);
                }
                items.add(item);
            }
            box.add(items);
            if (editable && (ofKind.size() < kind.maxCount() || kind == MediaKind.LOGO_SMALL || kind == MediaKind.LOGO_LARGE)) {
                box.add(kind == MediaKind.VIDEO ? videoForm() : uploader(kind));
            }
        }
        return box;
    }

    private Upload uploader(MediaKind kind) {
        Upload upload = new Upload(mediaUpload(kind == MediaKind.DOCUMENT ? 11L * 1024 * 1024 : 3L * 1024 * 1024,
                (fileName, in) -> listingMedia.upload(offerId, kind, fileName, in)));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(kind == MediaKind.DOCUMENT ? "application/pdf" : "image/png",
                kind == MediaKind.DOCUMENT ? ".pdf" : ".png");
        upload.setId("upload-" + kind.name());
        return upload;
    }

    /** Stores an upload through the service and refreshes the editor; a refusal is shown with its reason. */
    private UploadHandler mediaUpload(long vaadinCap, java.util.function.BiConsumer<String, InputStream> store) {
        UI ui = UI.getCurrent();
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    store.accept(event.getFileName(), in);
                    ui.access(() -> {
                        Notify.success("listing.media.added");
                        render();
                    });
                } catch (PortalException ex) {
                    String message = ui.getTranslation(ex.messageKey(), ex.arguments());
                    event.reject(message);
                    ui.access(() -> Notify.error(message));
                } catch (java.io.IOException ex) {
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
        Upload thumbnail = new Upload(mediaUpload(3L * 1024 * 1024,
                (fileName, in) -> listingMedia.addVideo(offerId, title.getValue(), url.getValue(), fileName, in)));
        thumbnail.setMaxFiles(1);
        thumbnail.setAcceptedFileTypes("image/png", ".png");
        thumbnail.setUploadButton(new Button(getTranslation("listing.video.thumbnail")));
        HorizontalLayout form = new HorizontalLayout(title, url, thumbnail);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private TextField counted(String labelKey, String field, int max, String value, Map<String, HasValidation> fields) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setWidthFull();
        text.setMaxLength(max);
        return track(text, field, max, value, fields);
    }

    private TextArea area(String labelKey, String field, int max, String value, Map<String, HasValidation> fields) {
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setMaxLength(max);
        return track(text, field, max, value, fields);
    }

    /** A live "used / allowed" counter below the field; the browser also stops typing at the limit. */
    private <T extends TextFieldBase<T, String>> T track(T text, String field, int max, String value,
                                                       Map<String, HasValidation> fields) {
        text.setValue(nz(value));
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setId("listing-" + field);
        Span counter = new Span();
        counter.addClassName("portal-counter");
        text.setSuffixComponent(counter);
        Runnable count = () -> counter.setText(text.getValue().length() + " / " + max);
        text.addValueChangeListener(e -> count.run());
        count.run();
        fields.put(field, text);
        return text;
    }

    private TextField plain(String labelKey, String field, String value, Map<String, HasValidation> fields) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setValue(nz(value));
        text.setId("listing-" + field);
        fields.put(field, text);
        return text;
    }

    private EmailField email(String labelKey, String field, String value, Map<String, HasValidation> fields) {
        EmailField text = new EmailField(getTranslation(labelKey));
        text.setValue(nz(value));
        text.setId("listing-" + field);
        fields.put(field, text);
        return text;
    }

    private MultiSelectComboBox<String> multi(String labelKey, String field, List<String> items, String prefix,
                                              List<String> selected, Map<String, HasValidation> fields) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(getTranslation(labelKey));
        box.setItems(items);
        box.setItemLabelGenerator(code -> getTranslation(prefix + code));
        box.select(selected.stream().filter(items::contains).toList());
        box.setId("listing-" + field);
        fields.put(field, box);
        return box;
    }

    /** A fixed number of single-line fields, so the limit (e.g. 3 keywords) is visible in the form. */
    private List<TextField> list(String labelKey, String field, int count, List<String> values, Map<String, HasValidation> fields) {
        List<TextField> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TextField text = new TextField(getTranslation(labelKey, i + 1));
            text.setValue(i < values.size() ? values.get(i) : "");
            text.setMaxLength(ListingRules.KEYWORD_LENGTH_MAX);
            text.setId("listing-" + field + "-" + (i + 1));
            texts.add(text);
        }
        fields.put(field, texts.getFirst());
        return texts;
    }

    private static List<String> values(List<TextField> texts) {
        return new ArrayList<>(new LinkedHashSet<>(texts.stream().map(TextField::getValue).map(String::trim)
                .filter(s -> !s.isEmpty()).toList()));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String titleKey() {
        return "listing.title";
    }
}
