package com.publisherportal.listing.ui;

import com.publisherportal.common.PortalException;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.listing.ListingAdviceService;
import com.publisherportal.listing.ListingAdvisor;
import com.publisherportal.listing.ListingCapabilities;
import com.publisherportal.listing.ListingForm;
import com.publisherportal.listing.ListingMediaService;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.listing.ListingService;
import com.publisherportal.listing.RevisionState;
import com.publisherportal.listing.TaxonomyService;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ui.OfferPage;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.HashMap;
import java.util.Map;

/**
 * The storefront listing editor: identity, listing details, marketing artifacts and contacts,
 * with live character counters; the marketplace's rules are checked on save and again on submit.
 * Fields an offer type does not allow are not offered. One component per tab; the form's fields
 * share one {@link Binder}, which reads the revision and writes what is saved.
 */
@Route("offers/:offerId([0-9]+)/listing")
@RolesAllowed({Roles.PUBLISHER, Roles.STAFF})
public class ListingEditorView extends OfferPage implements TitledView {

    private final ListingService listings;
    private final ListingMediaService listingMedia;
    private final OfferService offers;
    private final TaxonomyService taxonomy;
    private final ListingAdviceService advice;
    /** The tab each field the rules name is on (media: the media tab). */
    private static final Map<String, Integer> TAB_OF_FIELD = Map.ofEntries(
            Map.entry("name", 0), Map.entry("summary", 0), Map.entry("consultingDuration", 0),
            Map.entry("consultingUnit", 0), Map.entry("consultingType", 0), Map.entry("description", 1),
            Map.entry("gettingStarted", 1), Map.entry("categories", 1), Map.entry("industries", 1), Map.entry("verticals", 1),
            Map.entry("productsUsed", 1), Map.entry("keywords", 1), Map.entry("media", 2), Map.entry("privacyUrl", 3),
            Map.entry("supportName", 3), Map.entry("supportEmail", 3), Map.entry("supportPhone", 3),
            Map.entry("engineeringName", 3), Map.entry("engineeringEmail", 3), Map.entry("engineeringPhone", 3));
    private int selectedTab;
    /** The form on the page now; its unsaved values survive a media change (see renderKeepingTypedText). */
    private Binder<EditableListing> binder;
    private com.vaadin.flow.router.Location fieldShownFor;

    public ListingEditorView(ListingService listings, ListingMediaService listingMedia, OfferService offers,
                             TaxonomyService taxonomy, ListingAdviceService advice) {
        super(offers, "listing-editor");
        this.listings = listings;
        this.listingMedia = listingMedia;
        this.offers = offers;
        this.taxonomy = taxonomy;
        this.advice = advice;
    }

    @Override
    protected void render(Offer offer) {
        removeAll();
        ListingCapabilities can = ListingCapabilities.of(offer.offerType());
        ListingRevision revision = listings.editorRevision(offerId());
        boolean editable = listings.mayEdit(offerId());
        add(new H2(getTranslation("listing.heading", offer.name())));
        add(new Paragraph(getTranslation(revision.state() == RevisionState.LIVE ? "listing.revision.live"
                : "listing.revision.draft", revision.revisionNumber(), Formats.dateTime(
                revision.state() == RevisionState.LIVE ? revision.wentLiveAt() : revision.updatedAt()))));
        if (!editable) {
            add(new Paragraph(getTranslation("listing.read-only", offer.status())));
        }

        binder = new Binder<>();
        // The service checks the form (ListingRules) and FormErrors shows its violations.
        binder.setDefaultValidatorsEnabled(false);
        Map<String, HasValidation> fields = new HashMap<>();
        ListingFields fieldMaker = new ListingFields(this, binder, fields);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.setId("listing-tabs");
        tabs.add(getTranslation("listing.tab.identity"), new ListingIdentityTab(fieldMaker, can));
        tabs.add(getTranslation("listing.tab.details"), new ListingDetailsTab(fieldMaker, can, taxonomy));
        tabs.add(getTranslation("listing.tab.media"),
                new ListingMediaTab(listingMedia, offerId(), revision, can, editable, this::renderKeepingTypedText));
        tabs.add(getTranslation("listing.tab.contacts"), new ListingContactsTab(fieldMaker));
        tabs.add(getTranslation("listing.tab.revisions"), new ListingRevisionsTab(listings.history(offerId())));
        String field = location() == null ? null
                : location().getQueryParameters().getSingleParameter("field").orElse(null);
        Integer fieldTab = field == null ? null : TAB_OF_FIELD.get(field);
        if (fieldTab != null && location() != fieldShownFor) {
            // Opened from a blocker of the submission: its tab, and the field focused (once per opening).
            selectedTab = fieldTab;
            fieldShownFor = location();
            if (fields.get(field) instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
            }
        }
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        // The advisor beside the form: recomputed on the server at every change of a field (they send as the person types).
        AdvisorPanel advisor = new AdvisorPanel("listing-advisor");
        ListingAdvisor.MediaFacts mediaFacts = advice.mediaFacts(offerId());
        HorizontalLayout body = new HorizontalLayout(tabs, advisor);
        body.setWidthFull();
        body.setWrap(true);
        body.setFlexGrow(3, tabs);
        tabs.setWidth(null);
        tabs.getStyle().set("flex", "3 1 30em").set("min-width", "0");
        add(body);
        binder.readBean(EditableListing.of(ListingForm.of(revision)));
        Runnable advise = () -> {
            EditableListing typed = new EditableListing();
            binder.writeBeanAsDraft(typed, true);
            advisor.show(ListingAdvisor.advise(ListingAdvisor.listing(offer.offerType(), typed.toForm(), mediaFacts)));
        };
        binder.addValueChangeListener(e -> advise.run());
        advise.run();

        Button save = new PortalButton(getTranslation("listing.save"), e -> save(binder, fieldMaker, revision, fields));
        save.setId("save-listing");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(editable);
        Anchor back = new Anchor("offers/" + offerId(), getTranslation("listing.back"));
        Anchor preview = new Anchor("offers/" + offerId() + "/preview", getTranslation("listing.preview"));
        HorizontalLayout bar = new HorizontalLayout(save, back, preview);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar);
        if (!editable) {
            fields.values().forEach(f -> ((HasValue<?, ?>) f).setReadOnly(true));
        }
    }

    /**
     * After a media change the editor is built anew (the media and the revision changed), but what
     * the person typed and has not saved yet stays in the fields.
     */
    private void renderKeepingTypedText() {
        EditableListing typed = new EditableListing();
        binder.writeBeanAsDraft(typed, true);
        render();
        binder.readBean(typed);
    }

    /** Writes the fields into a new form (what a tab does not show is sent empty) and saves it. */
    private void save(Binder<EditableListing> binder, ListingFields fieldMaker, ListingRevision revision,
                      Map<String, HasValidation> fields) {
        if (!fieldMaker.withinLimits()) {
            Notify.error(getTranslation("listing.over-limit.refused"));
            return;
        }
        EditableListing edited = new EditableListing();
        if (!binder.writeBeanIfValid(edited)) {
            return;
        }
        try {
            listings.save(offerId(), edited.toForm(), revision.id(), revision.version());
            Notify.success("listing.saved");
            render();
        } catch (PortalException ex) {
            FormErrors.show(this, ex, fields);
        }
    }

    @Override
    public String titleKey() {
        return "listing.title";
    }
}
