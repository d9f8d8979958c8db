package com.publisherportal.leads;

import com.publisherportal.common.export.ColumnModel;
import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;

import java.util.List;

/**
 * The inbox's columns, shared by the grid, the CSV/XLSX downloads and the API, so that a
 * download holds exactly the rows and columns the grid shows. Export names follow the
 * marketplace's lead fields (ActionCode, OfferTitle, LeadSource, UserDetails' names).
 */
public final class LeadColumns {

    public static final ColumnModel<Lead> MODEL = new ColumnModel<>(
            column("receivedAt", "ReceivedDate", ColumnType.TIMESTAMP, 20, Lead::receivedAt),
            column("status", "Status", ColumnType.TEXT, 10, l -> l.status().name()),
            column("followUpDueAt", "FollowUpDueDate", ColumnType.TIMESTAMP, 20, Lead::followUpDueAt),
            column("score", "Score", ColumnType.INTEGER, 6, Lead::score),
            column("action", "ActionCode", ColumnType.TEXT, 14, Lead::actionCode),
            column("source", "LeadSource", ColumnType.TEXT, 16, Lead::source),
            column("offer", "OfferTitle", ColumnType.TEXT, 30, Lead::offerLabel),
            column("firstName", "FirstName", ColumnType.TEXT, 14, Lead::firstName),
            column("lastName", "LastName", ColumnType.TEXT, 14, Lead::lastName),
            column("company", "Company", ColumnType.TEXT, 24, Lead::company),
            column("email", "Email", ColumnType.TEXT, 28, Lead::email),
            column("phone", "Phone", ColumnType.TEXT, 16, Lead::phone),
            column("country", "Country", ColumnType.TEXT, 10, Lead::country),
            column("jobTitle", "Title", ColumnType.TEXT, 20, Lead::jobTitle),
            column("assignedTo", "AssignedTo", ColumnType.TEXT, 18, Lead::assignedName),
            column("repeatCount", "RepeatCount", ColumnType.INTEGER, 8, Lead::repeatCount),
            column("doNotContact", "DoNotContact", ColumnType.BOOLEAN, 8, Lead::doNotContact),
            column("testLead", "TestLead", ColumnType.BOOLEAN, 8, Lead::testLead),
            column("id", "LeadId", ColumnType.INTEGER, 8, Lead::id),
            column("lastReceivedAt", "LastReceivedDate", ColumnType.TIMESTAMP, 20, Lead::lastReceivedAt),
            column("description", "Description", ColumnType.TEXT, 40, Lead::description));

    /** Shown in the inbox until the user picks others. */
    public static final List<String> DEFAULT_VISIBLE = List.of("receivedAt", "status", "followUpDueAt", "score", "action",
            "source", "offer", "firstName", "lastName", "company", "email", "country", "assignedTo", "repeatCount");

    private LeadColumns() {
    }

    private static ExportColumn<Lead> column(String key, String exportName, ColumnType type, int width,
                                             java.util.function.Function<Lead, ?> value) {
        return new ExportColumn<>(key, exportName, "lead.col." + key, type, width, value);
    }
}
