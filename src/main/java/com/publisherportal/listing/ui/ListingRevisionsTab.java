package com.publisherportal.listing.ui;

import com.publisherportal.common.ui.Formats;
import com.publisherportal.listing.ListingRevision;
import com.publisherportal.common.ui.PortalGrid;

import java.util.List;

/** Every revision of the listing: the live one, the draft waiting for certification, and former live ones. */
class ListingRevisionsTab extends PortalGrid<ListingRevision> {

    ListingRevisionsTab(List<ListingRevision> history) {
        setId("listing-revisions");
        setAllRowsVisible(true);
        addColumn(ListingRevision::revisionNumber).setHeader(getTranslation("listing.revisions.number")).setAutoWidth(true);
        addColumn(r -> getTranslation("listing.revisions.state." + r.state().name())).setHeader(getTranslation("common.status"));
        addColumn(ListingRevision::name).setHeader(getTranslation("listing.field.name"));
        addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("listing.revisions.saved"));
        addColumn(r -> Formats.dateTime(r.wentLiveAt())).setHeader(getTranslation("listing.revisions.live"));
        setItems(history);
    }
}
