package com.publisherportal.ui;

import com.publisherportal.account.SignUpService;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.ui.ColumnsMenu;
import com.publisherportal.leads.LeadService;
import com.publisherportal.leads.ui.InboxRow;
import com.publisherportal.leads.IntakeTokenService;
import com.publisherportal.leads.LeadIntakeService;
import com.publisherportal.leads.LeadPayload;
import com.publisherportal.leads.ui.LeadInboxView;
import com.publisherportal.leads.ui.LeadIntakeView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.publisherportal.common.ui.ChoicePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.publisherportal.leads.LeadStatus;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lead inbox and the intake page, through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class LeadInboxUiTest extends KaribuTest {

    @Autowired SignUpService signUps;
    @Autowired LeadIntakeService intake;
    @Autowired IntakeTokenService intakeTokens;
    @Autowired LeadService leads;

    @SuppressWarnings("unchecked")
    private Grid<InboxRow> grid() {
        return _get(Grid.class, spec -> spec.withId("lead-grid"));
    }

    @Test
    void anOwnerFindsALeadSeesItsScoreAndMovesItOn() {
        var owner = login("owner@contoso.example");
        navigate("leads");
        _get(LeadInboxView.class);
        Grid<InboxRow> grid = grid();
        assertThat(_size(grid)).isGreaterThanOrEqualTo(9);
        assertThat(_get(Span.class, spec -> spec.withId("lead-summary")).getText()).contains("overdue");
        assertThat(_get(Anchor.class, spec -> spec.withId("export-csv")).getHref()).isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("export-xlsx")).getHref()).isNotBlank();

        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), "northwind-traders");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "company")).isEqualTo("Northwind Traders");
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("New");

        _clickItem(grid, 0, 0, false, false, false, false);
        assertThat(_get(Span.class, spec -> spec.withId("lead-score")).getText()).isEqualTo("Score 100 / 100");
        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-next-step")).getText()).contains("Welcome the new customer");
        _click(_get(Button.class, spec -> spec.withId("lead-status-CONTACTED")));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("Contacted");
        assertThat(leads.lead(owner.accountId(), _get(grid, 0).id()).status()).isEqualTo(LeadStatus.CONTACTED);

        userSets(_get(TextArea.class, spec -> spec.withId("lead-note")), "Called Emma, demo on Tuesday.");
        _click(_get(Button.class, spec -> spec.withId("lead-add-note")));
        assertThat(_find(Paragraph.class, spec -> spec.withText("Called Emma, demo on Tuesday."))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDoNotContactLeadCannotBeMarkedContactedAndFiltersNarrowTheGrid() {
        login("manager@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), "wideworldimporters");
        assertThat(_size(grid)).isEqualTo(1);
        _clickItem(grid, 0, 0, false, false, false, false);
        assertThat(_find(Button.class, spec -> spec.withId("lead-status-CONTACTED"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("lead-status-LOST"))).hasSize(1);

        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), "");
        // The source is one of the filters behind "More filters" (issue 20), created when it is clicked.
        assertThat(_find(ChoicePicker.class, spec -> spec.withId("lead-filter-source"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("lead-more-filters")));
        assertThat(_find(Button.class, spec -> spec.withId("lead-more-filters"))).isEmpty();
        userSets((ChoicePicker<String>) _get(ChoicePicker.class, spec -> spec.withId("lead-filter-source")), "TestDrive");
        assertThat(_size(grid)).isPositive();
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).text("source")).isEqualTo("TestDrive");
        }
        // In the button's place, after the other filters, and counted on the phone's "Filters" button.
        List<com.vaadin.flow.component.Component> fields = _get(ChoicePicker.class, spec -> spec.withId("lead-filter-source"))
                .getParent().orElseThrow().getChildren().toList();
        assertThat(fields.subList(fields.size() - 4, fields.size())).extracting(c -> c.getId().orElse(""))
                .containsExactly("lead-filter-action", "lead-filter-source", "lead-filter-from", "lead-filter-to");
        assertThat(_get(com.publisherportal.common.ui.FilterPanel.class, spec -> spec.withId("lead-filters"))
                .getChildren().toList().getFirst()).satisfies(toggle ->
                assertThat(((Button) toggle).getText()).isEqualTo("Filters (1 set)"));
    }

    @Test
    void theIntakePageShowsTheUrlAndRotationRetiresTheOldOne() {
        String email = "intake-" + System.nanoTime() + "@ui.example";
        signUps.signUp(new SignUpService.SignUp("Intake UI Ltd " + email, "Intake UI", "intake-ui-" + System.nanoTime() % 100000,
                "FR", "Ines Intake", email, "a-strong-passphrase-42", "en"));
        login(email);
        navigate("leads/intake");
        _get(LeadIntakeView.class);
        TextField url = _get(TextField.class, spec -> spec.withId("intake-url"));
        String before = url.getValue();
        assertThat(before).contains("/intake/leads/");
        String oldToken = before.substring(before.lastIndexOf('/') + 1);
        assertThat(oldToken).hasSizeGreaterThanOrEqualTo(43);

        _click(_get(Button.class, spec -> spec.withId("intake-rotate")));
        _click(_get(Button.class, spec -> spec.withId("intake-rotate-confirm")));
        String after = url.getValue();
        assertThat(after).isNotEqualTo(before).contains("/intake/leads/");
        LeadPayload sample = new LeadPayload("INS", "x", null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> intake.receive(oldToken, sample, null)).isInstanceOf(NotFoundException.class);
        assertThat(intake.receive(after.substring(after.lastIndexOf('/') + 1), sample, null).created()).isTrue();
    }

    @Test
    void theCsvDownloadHoldsTheGridsFilteredRowsAndVisibleColumns() throws Exception {
        login("owner@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        toggleColumn("lead", "email");
        assertThat(grid.getColumnByKey("email").isVisible()).isFalse();
        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), ".com");
        assertThat(_size(grid)).isBetween(2, 50);

        List<CSVRecord> records = csvOf(_get(Anchor.class, spec -> spec.withId("export-csv")));
        // The grid's headers, as the grid words them, in the grid's order.
        List<String> visible = grid.getColumns().stream().filter(Grid.Column::isVisible)
                .map(Grid.Column::getHeaderText).toList();
        assertThat(records.getFirst().toList()).containsExactlyElementsOf(visible).doesNotContain("E-mail")
                .startsWith("First name", "Last name", "Company", "Status");
        assertThat(records).hasSize(_size(grid) + 1);
        int company = visible.indexOf("Company");
        int status = visible.indexOf("Status");
        for (int i = 0; i < _size(grid); i++) {
            assertThat(records.get(i + 1).get(company)).isEqualTo(_get(grid, i).text("company"));
            // "New", "Contacted": the label the grid shows, not the code.
            assertThat(records.get(i + 1).get(status)).isEqualTo(_getFormatted(grid, i, "status"))
                    .isNotIn(Arrays.stream(LeadStatus.values()).map(Enum::name).toList());
        }
        // A row keeps the text of the columns shown only; a column shown again reads the rows again with it.
        assertThat(_get(grid, 0).text("email")).isEmpty();
        toggleColumn("lead", "email");
        assertThat(grid.getColumnByKey("email").isVisible()).isTrue();
        for (int i = 0; i < _size(grid); i++) {
            assertThat(_get(grid, i).text("email")).contains("@");
        }
    }

    /**
     * A column the inbox does not show by default is created when it is first shown, in its place
     * of the inbox's order, with its texts; hidden again, it stays out of the grid and the exports.
     */
    @Test
    void aColumnShownLaterTakesItsPlaceWithItsTexts() throws Exception {
        login("owner@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        List<String> before = grid.getColumns().stream().map(Grid.Column::getKey).toList();
        assertThat(before).as("not created before it is shown").doesNotContain("jobTitle", "description");
        toggleColumn("lead", "description");
        toggleColumn("lead", "jobTitle");

        // The inbox's order (the job title before the description), whatever the order they were shown in.
        List<String> expected = new ArrayList<>(before);
        expected.addAll(List.of("jobTitle", "description"));
        assertThat(grid.getColumns().stream().map(Grid.Column::getKey).toList()).containsExactlyElementsOf(expected);
        assertThat(grid.getColumnByKey("jobTitle").getHeaderText()).isEqualTo("Job title");
        assertThat(grid.getColumnByKey("jobTitle").isVisible()).isTrue();
        int withTitle = 0;
        for (int i = 0; i < _size(grid); i++) {
            if (!_get(grid, i).text("jobTitle").isEmpty()) {
                withTitle++;
            }
        }
        assertThat(withTitle).isPositive();
        assertThat(csvOf(_get(Anchor.class, spec -> spec.withId("export-csv"))).getFirst().toList()).contains("Job title");

        toggleColumn("lead", "jobTitle");
        assertThat(grid.getColumnByKey("jobTitle").isVisible()).isFalse();
        assertThat(csvOf(_get(Anchor.class, spec -> spec.withId("export-csv"))).getFirst().toList()).doesNotContain("Job title");

        // The ticks exist while the popover is open only; opened again, they read the grid anew.
        _click(_get(ColumnsMenu.class, spec -> spec.withId("lead-columns")));
        assertThat(_find(Checkbox.class, spec -> spec.withId("lead-column-jobTitle"))).isEmpty();
        assertThat(columnTick("lead", "jobTitle").getValue()).isFalse();
        assertThat(columnTick("lead", "description").getValue()).isTrue();
    }

    private static List<CSVRecord> csvOf(Anchor anchor) throws Exception {
        String csv = new String(download(anchor), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }

    /**
     * The grid keeps a row for each lead the browser holds, without its texts once they were sent
     * (issue 20); a cell asked again of such a row reads the lead anew, once for all its cells.
     */
    @Test
    @SuppressWarnings("unchecked")
    void rowsSentToTheBrowserKeepNoTextsAndACellAskedAgainReadsTheLead() {
        login("owner@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        grid.getDataCommunicator().setViewportRange(0, 25); // as the browser asks for its first rows
        MockVaadin.clientRoundtrip(false);
        var kept = grid.getDataCommunicator().getKeyMapper();
        InboxRow sent = grid.getDataCommunicator().getItem(0);
        // The same lead's row as read now, with its texts (the grid's filters and order, its first row).
        InboxRow read = grid.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(0, 1, List.of(), null, null))
                .findFirst().orElseThrow();
        assertThat(sent).isNotSameAs(read);
        assertThat(sent.id()).isEqualTo(read.id());
        assertThat(sent.holdsTexts()).isFalse();
        assertThat(read.holdsTexts()).isTrue();
        assertThatThrownBy(() -> sent.text("company")).isInstanceOf(IllegalStateException.class);

        // The cells as the grid generates them for the browser (the column's renderer) and its tooltips.
        for (String key : List.of("company", "status", "receivedAt")) {
            Grid.Column<InboxRow> column = grid.getColumnByKey(key);
            var cells = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            column.getRenderer().render(grid.getElement(), kept, "t").getDataGenerator().orElseThrow().generateData(sent, cells);
            assertThat(cells.properties()).singleElement().satisfies(cell ->
                    assertThat(cell.getValue().asString()).as(key).isEqualTo(read.text(key)).isNotEmpty());
            assertThat(column.getTooltipGenerator().apply(sent)).as(key).isEqualTo(read.text(key));
            assertThat(sent.holdsTexts()).as("the lead read again once holds all its cells for this answer").isTrue();
        }
        MockVaadin.clientRoundtrip(false);
        assertThat(read.holdsTexts()).as("a row read for the grid keeps no texts past the answer").isFalse();
        assertThat(sent.holdsTexts()).as("nor does a row whose texts were read again").isFalse();
    }

    @Test
    void whoTheLeadIsComesFirstStaysInViewAndTheSummaryCountsTheFilteredRows() {
        var owner = login("owner@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        List<String> visible = grid.getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
        assertThat(visible.subList(0, 4)).containsExactly("firstName", "lastName", "company", "status");
        assertThat(visible).contains("email", "receivedAt");
        for (String key : List.of("firstName", "lastName", "company")) {
            assertThat(grid.getColumnByKey(key).isFrozen()).as(key).isTrue();
        }
        assertThat(grid.getColumnByKey("status").isFrozen()).isFalse();
        // Fixed widths, not sized to the longest value: the grid fits the page.
        for (Grid.Column<InboxRow> column : grid.getColumns()) {
            assertThat(column.isAutoWidth()).as(column.getKey()).isFalse();
            assertThat(column.getWidth()).as(column.getKey()).endsWith("rem");
        }
        Span summary = _get(Span.class, spec -> spec.withId("lead-summary"));
        assertThat(summary.getText()).startsWith(_size(grid) + " leads shown");
        // Countries read as names, as on the other pages, not as codes.
        int withCountry = 0;
        for (int i = 0; i < _size(grid); i++) {
            String code = leads.lead(owner.accountId(), _get(grid, i).id()).country();
            if (code != null && code.length() == 2) {
                withCountry++;
                assertThat(_getFormatted(grid, i, "country"))
                        .isEqualTo(java.util.Locale.of("", code).getDisplayCountry(java.util.Locale.ENGLISH)).hasSizeGreaterThan(2);
            }
        }
        assertThat(withCountry).isPositive();

        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), "northwind-traders");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(summary.getText()).startsWith("1 lead shown");
        assertThat(_get(com.publisherportal.common.ui.FilterPanel.class, spec -> spec.withId("lead-filters"))
                .getChildren().toList().getFirst()).satisfies(toggle ->
                assertThat(((Button) toggle).getText()).isEqualTo("Filters (1 set)"));
        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), "no-such-lead-anywhere");
        assertThat(summary.getText()).startsWith("No lead matches");

        // On a phone the frozen columns alone would fill the screen: they scroll with the rest.
        ((LeadInboxView) UI.getCurrent().getCurrentView()).fitTo(390);
        assertThat(grid.getColumnByKey("firstName").isFrozen()).isFalse();
    }

    /**
     * The grid reads a window nearer the end of the rows it counted from the end (the database
     * skips fewer rows). In windows of two rows, every row is the one the CSV export (read from
     * the start, in keyset pages) holds at that place, in the default order and in another.
     */
    @Test
    void rowsNearTheEndAreReadFromThereAndKeepTheGridsOrder() throws Exception {
        login("owner@contoso.example");
        navigate("leads");
        Grid<InboxRow> grid = grid();
        grid.setPageSize(2);
        for (boolean byCompany : List.of(false, true)) {
            if (byCompany) {
                grid.sort(List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("company"),
                        com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
            }
            int size = _size(grid);
            assertThat(size).isGreaterThanOrEqualTo(9);
            List<CSVRecord> records = csvOf(_get(Anchor.class, spec -> spec.withId("export-csv")));
            List<String> headers = records.getFirst().toList();
            int email = headers.indexOf("E-mail");
            int lastName = headers.indexOf("Last name");
            assertThat(records).hasSize(size + 1);
            for (int i = 0; i < size; i++) {
                InboxRow row = _get(grid, i);
                assertThat(row.text("email") + " " + row.text("lastName")).as("row %d, by company: %s", i, byCompany)
                        .isEqualTo(records.get(i + 1).get(email) + " " + records.get(i + 1).get(lastName));
            }
        }
    }

    /**
     * After a status change the grid, the count shown and the follow-up figures follow: under a
     * status filter the lead leaves the grid; without one its row stays and reads the new status.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aStatusChangeUpdatesTheRowsTheCountShownAndTheFollowUpFigures() {
        var owner = login("owner@contoso.example");
        String marker = "refresh" + System.nanoTime();
        String token = intakeTokens.intakeToken(owner.accountId());
        for (String first : List.of("Rita", "Remy")) {
            intake.receive(token, new LeadPayload("INS", "Some offer", null, "Interested", first, "Refresh",
                    first.toLowerCase() + "@" + marker + ".example", null, "FR", "Refresh Ltd", "CTO"), null);
        }
        navigate("leads");
        Grid<InboxRow> grid = grid();
        Span summary = _get(Span.class, spec -> spec.withId("lead-summary"));
        userSets(_get(TextField.class, spec -> spec.withId("lead-search")), marker);
        userSets((ChoicePicker<LeadStatus>) _get(ChoicePicker.class, spec -> spec.withId("lead-filter-status")), LeadStatus.NEW);
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(summary.getText()).startsWith("2 leads shown");
        int open = openLeads(summary.getText());

        _clickItem(grid, 0, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("lead-status-CONTACTED")));
        _click(_get(Button.class, spec -> spec.withText("Close")));
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormatted(grid, 0, "status")).isEqualTo("New");
        assertThat(summary.getText()).startsWith("1 lead shown");
        assertThat(openLeads(summary.getText())).isEqualTo(open - 1);

        userSets((ChoicePicker<LeadStatus>) _get(ChoicePicker.class, spec -> spec.withId("lead-filter-status")), null);
        assertThat(_size(grid)).isEqualTo(2);
        int stillNew = _getFormatted(grid, 0, "status").equals("New") ? 0 : 1;
        long id = _get(grid, stillNew).id();
        _clickItem(grid, stillNew, 0, false, false, false, false);
        _click(_get(Button.class, spec -> spec.withId("lead-status-CONTACTED")));
        assertThat(_size(grid)).isEqualTo(2);
        assertThat(_get(grid, stillNew).id()).isEqualTo(id);
        assertThat(_getFormatted(grid, stillNew, "status")).isEqualTo("Contacted");
        assertThat(summary.getText()).startsWith("2 leads shown");
        assertThat(openLeads(summary.getText())).isEqualTo(open - 2);
    }

    /** "… · 12 new leads to follow up · …" → 12 (none: 0). */
    private static int openLeads(String summary) {
        var matcher = java.util.regex.Pattern.compile("(\\d+|No) new leads? to follow up").matcher(summary);
        assertThat(matcher.find()).as(summary).isTrue();
        return matcher.group(1).equals("No") ? 0 : Integer.parseInt(matcher.group(1));
    }

    @Test
    void rolesWithoutLeadsCannotOpenTheInbox() {
        login("developer@contoso.example");
        assertNotFound(() -> navigate("leads"));
        assertNotFound(() -> navigate("leads/intake"));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(LeadInboxView.class);
    }
}
