package com.publisherportal.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.publisherportal.account.AccountService;
import com.publisherportal.account.ProfileService;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.account.StaffDirectoryService;
import com.publisherportal.attribution.TrackingGuidService;
import com.publisherportal.audit.AuditFilter;
import com.publisherportal.audit.AuditService;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.export.FormulaGuard;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferLifecycle;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.ApiKeyService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.testsupport.SignIn;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.tabs.TabSheet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every grid downloads what it shows, through the shared exporter: the grid's rows in its order,
 * its visible columns under its translated headers, translated values (never an enum's name);
 * and a publisher's download holds only their own account's rows.
 */
@PortalSpringTest
@ActiveProfiles("test")
class GridExportsUiTest extends KaribuTest {

    /** A value such as CONTACTED, ATTENTION_NEEDED or MANAGER: an enum's name, not a label. */
    private static final Pattern RAW_ENUM = Pattern.compile("[A-Z]{3,}(_[A-Z]+)*");

    @Autowired OfferService offers;
    @Autowired OfferLifecycle lifecycle;
    @Autowired AccountService accounts;
    @Autowired ApiKeyService apiKeys;
    @Autowired TrackingGuidService trackingGuids;
    @Autowired AuditService audit;
    @Autowired ReviewService reviews;
    @Autowired StaffDirectoryService staff;
    @Autowired ProfileService profiles;

    /**
     * Signs in as another user in a new browser session (Vaadin keeps a route's view when the
     * same route is opened again, so a new session is what a second person has).
     */
    private void switchTo(String email) {
        MockVaadin.tearDown();
        SignIn.out();
        setUpVaadin();
        login(email);
    }

    /**
     * A download link of the page shown, followed by someone else (signed in to the same browser
     * session), gives nothing of the page's account: the service checks the caller; then that
     * person opens the portal in a session of their own.
     */
    private void assertForeignDownloadRefused(String email, Anchor csvLink) {
        SignIn.out();
        login(email);
        assertThatThrownBy(() -> download(csvLink)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        switchTo(email);
    }

    private static Anchor csvLink() {
        return _get(Anchor.class, spec -> spec.withId("export-csv"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static List<CSVRecord> csv() throws Exception {
        String csv = new String(download(_get(Anchor.class, spec -> spec.withId("export-csv"))), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }

    private static void assertExcel() throws Exception {
        byte[] xlsx = download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));
        assertThat(xlsx.length).isGreaterThan(100);
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    /**
     * The download's header is the grid's headers, its rows the grid's rows in the grid's order,
     * and each of the named columns reads exactly as the grid shows it; no cell is an enum's name.
     */
    private static <T> List<CSVRecord> assertDownloadIsTheGrid(Grid<T> grid, List<String> headers, String... sameText)
            throws Exception {
        List<CSVRecord> records = csv();
        assertThat(records.getFirst().toList()).containsExactlyElementsOf(headers);
        assertThat(records).hasSize(_size(grid) + 1);
        assertThat(_size(grid)).isPositive();
        for (String key : sameText) {
            int column = headers.indexOf(grid.getColumnByKey(key).getHeaderText());
            assertThat(column).as(key).isNotNegative();
            for (int i = 0; i < _size(grid); i++) {
                // Text that a spreadsheet would take for a formula ("+79.7 %") is written neutralised.
                assertThat(records.get(i + 1).get(column)).as(key + " row " + i)
                        .isEqualTo(FormulaGuard.neutralise(_getFormatted(grid, i, key)));
            }
        }
        for (CSVRecord record : records) {
            for (String cell : record) {
                assertThat(RAW_ENUM.matcher(cell).matches()).as("raw value " + cell).isFalse();
            }
        }
        assertExcel();
        return records;
    }

    private static List<String> column(List<CSVRecord> records, int index) {
        List<String> values = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            values.add(record.get(index));
        }
        return values;
    }

    @Test
    void offersDownloadAsShownWithTranslatedStatusesAndOnlyTheAccountsOwn() throws Exception {
        long contoso = login("owner@contoso.example").accountId();
        navigate("offers");
        Grid<Offer> grid = grid("offers-grid");
        assertThat(grid.getColumns().getFirst().getKey()).isEqualTo("name");
        assertThat(grid.getColumnByKey("name").isFrozen()).isTrue();
        List<CSVRecord> records = assertDownloadIsTheGrid(grid,
                List.of("Name", "Status", "Offer ID", "Type", "Created"), "name", "offerId", "type");
        assertThat(column(records, 1)).contains("Live", "Draft").doesNotContain("LIVE", "DRAFT");
        assertThat(column(records, 0)).contains("Contoso Analytics");
        Anchor contosoLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", contosoLink);
        navigate("offers");
        List<CSVRecord> fabrikam = csv();
        assertThat(column(fabrikam, 0)).isNotEmpty().allMatch(name -> name.startsWith("Fabrikam"));
        assertThatThrownBy(() -> offers.offers(contoso)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
    }

    @Test
    void theFrenchDownloadHasFrenchHeadersAndLabels() throws Exception {
        login("owner@contoso.example");
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("offers");
        List<CSVRecord> records = csv();
        assertThat(records.getFirst().toList()).contains("Nom", "Statut");
        assertThat(column(records, 1)).contains("En ligne").doesNotContain("Live", "LIVE");
    }

    @Test
    void anOffersHistoryDownloadsAsShown() throws Exception {
        login("owner@contoso.example");
        Offer analytics = offers.offers(login("owner@contoso.example").accountId()).stream()
                .filter(o -> o.offerId().equals("contoso-analytics")).findFirst().orElseThrow();
        navigate("offers/" + analytics.id());
        _get(TabSheet.class, spec -> spec.withId("offer-tabs")).setSelectedIndex(2);
        Grid<?> grid = grid("offer-history");
        List<CSVRecord> records = assertDownloadIsTheGrid(grid, List.of("When", "Who", "From", "To", "Comment"),
                "actor", "from", "to", "comment");
        assertThat(column(records, 3)).contains("Live");
        Anchor contosoLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", contosoLink);
        assertThatThrownBy(() -> lifecycle.history(analytics.id())).isInstanceOfAny(AccessDeniedException.class,
                NotFoundException.class);
    }

    @Test
    void accountUsersDownloadWithTranslatedRolesAndOnlyTheirAccount() throws Exception {
        long contoso = login("owner@contoso.example").accountId();
        navigate("account/users");
        Grid<?> grid = grid("users-grid");
        List<CSVRecord> records = assertDownloadIsTheGrid(grid, List.of("Name", "E-mail", "Role", "Status", "Since"),
                "displayName", "email", "status");
        assertThat(column(records, 2)).contains("Owner", "Manager").doesNotContain("OWNER", "MANAGER");
        assertThat(column(records, 1)).allMatch(email -> email.endsWith("@contoso.example"));
        Anchor contosoLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", contosoLink);
        navigate("account/users");
        assertThat(column(csv(), 1)).isNotEmpty().noneMatch(email -> email.endsWith("@contoso.example"));
        assertThatThrownBy(() -> accounts.members(contoso)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
    }

    @Test
    void apiKeysAndTrackingGuidsDownloadOnlyTheAccountsOwn() throws Exception {
        long contoso = login("owner@contoso.example").accountId();
        navigate("account/api-keys");
        Grid<?> keys = grid("api-keys-grid");
        if (_size(keys) > 0) {
            assertDownloadIsTheGrid(keys, List.of("Name", "Key", "Scopes", "Status", "Created", "Last used"),
                    "name", "key", "scopes");
        }
        navigate("attribution");
        Grid<?> guids = grid("guids-grid");
        assertDownloadIsTheGrid(guids, List.of("Tracking GUID", "Offer", "Channel · plan", "Description", "Deployments"),
                "offer", "channel", "description");
        Anchor guidsLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", guidsLink);
        assertThatThrownBy(() -> apiKeys.statuses(contoso)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        assertThatThrownBy(() -> trackingGuids.list(contoso, true)).isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        navigate("attribution");
        assertThat(String.join(" ", column(csv(), 1))).doesNotContain("Contoso");
    }

    @Test
    void trendingOffersDownloadAsShownAndOnlyTheAccountsOwn() throws Exception {
        login("owner@contoso.example");
        navigate("insights");
        List<CSVRecord> records = assertDownloadIsTheGrid(grid("insights-trending"),
                List.of("Offer", "This period", "Previous period", "Change"), "offerName", "growth");
        assertThat(column(records, 0)).allMatch(name -> name.startsWith("Contoso"));
        Anchor contosoLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", contosoLink);
        navigate("insights");
        assertThat(column(csv(), 0)).noneMatch(name -> name.startsWith("Contoso"));
    }

    @Test
    void theAuditLogReadsAsPeopleSayIt() throws Exception {
        long contoso = login("owner@contoso.example").accountId();
        profiles.changeLanguage("fr");
        profiles.changeLanguage("en");
        navigate("account/activity");
        Grid<?> activity = grid("audit-grid");
        List<CSVRecord> mine = assertDownloadIsTheGrid(activity, List.of("When", "Who", "Action", "Item", "Details"),
                "actorEmail", "action", "entityType", "details");
        // The item is the person, by name and e-mail, not "user #14"; the details are words, not codes.
        assertThat(column(mine, 3)).anyMatch(item -> item.startsWith("User: ") && item.endsWith("<owner@contoso.example>"));
        assertThat(column(mine, 4)).contains("French", "English").doesNotContain("fr", "en");
        Anchor contosoLink = csvLink();

        assertForeignDownloadRefused("owner@fabrikam.example", contosoLink);
        assertThatThrownBy(() -> audit.findForAccount(contoso, AuditFilter.none(), RowWindow.of(0, 10)))
                .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
        assertThatThrownBy(() -> audit.findAll(AuditFilter.none(), RowWindow.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        navigate("account/activity");
        List<CSVRecord> fabrikam = csv();
        for (CSVRecord record : fabrikam.subList(1, fabrikam.size())) {
            assertThat(record.get(1)).doesNotEndWith("@contoso.example");
        }

        switchTo("admin@portal.example");
        navigate("staff/audit");
        assertDownloadIsTheGrid(grid("audit-grid"), List.of("When", "Who", "Account", "Action", "Item", "Details"),
                "actorEmail", "accountName", "action", "entityType", "details");
    }

    @Test
    void staffGridsDownloadAsShownAndPublishersCannotReadThem() throws Exception {
        login("admin@portal.example");
        navigate("staff/accounts");
        List<CSVRecord> publishers = assertDownloadIsTheGrid(grid("publishers-grid"),
                List.of("Name", "Legal name", "Publisher ID", "Country", "Status", "Users", "Since"),
                "displayName", "legalName", "publisherId", "country", "status");
        assertThat(column(publishers, 3)).allMatch(country -> country.length() > 2);
        navigate("staff/queue");
        assertDownloadIsTheGrid(grid("queue-grid"), List.of("Kind", "Publisher", "Item", "Submitted", "Due by", "Clock",
                "Claimed by"), "kind", "publisherName", "title", "claimedBy");
        navigate("admin/staff");
        List<CSVRecord> staffRows = assertDownloadIsTheGrid(grid("staff-grid"),
                List.of("Name", "E-mail", "Role", "Status", "Since"), "displayName", "email", "status");
        assertThat(column(staffRows, 2)).contains("Administrator");
        Anchor staffLink = csvLink();

        assertForeignDownloadRefused("owner@contoso.example", staffLink);
        assertThatThrownBy(() -> accounts.listAccounts(null, List.of(), RowWindow.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AccessDeniedException.class);
    }
}
