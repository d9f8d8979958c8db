package com.publisherportal.insights;

import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.NotFoundException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.MutableClock;
import com.publisherportal.testsupport.SignIn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Insights through the service as the views and the API call it: aggregates against raw rows,
 * roles and masking, tenant isolation, exports re-read against the grid. Runs on H2 and on
 * PostgreSQL (see the subclasses).
 */
abstract class InsightServicesContract {

    @Autowired SignIn signIn;
    @Autowired InsightService insights;
    @Autowired InsightLoadRepository load;
    @Autowired InsightAggregateRepository aggregates;
    @Autowired PublisherAccountRepository accounts;
    @Autowired OfferRepository offers;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired com.publisherportal.campaigns.StorefrontTracker tracker;
    @Autowired com.publisherportal.campaigns.StorefrontLeads storefrontLeads;
    @Autowired com.publisherportal.listing.ListingService listings;
    @Autowired StorefrontFeed feed;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    long contoso() {
        return accounts.findByPublisherId("contoso").orElseThrow().id();
    }

    long fabrikam() {
        return accounts.findByPublisherId("fabrikam").orElseThrow().id();
    }

    InsightRange twelveMonths() {
        return InsightRange.lastMonths(12, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    byte[] export(ReportDefinition<?> kind, long account, InsightFilter filter, List<SortKey> sorts, List<String> columns,
                  ExportFormat format, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        insights.export(kind, account, filter, sorts, columns, format, options, out);
        return out.toByteArray();
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180).getRecords();
    }

    @Test
    void demoDataIsSmallButCoversTwoYearsForBothPublishers() {
        long usage = jdbc.sql("SELECT COUNT(*) FROM insight_usage").query(Long.class).single();
        assertThat(usage).isBetween(5_000L, 50_000L);
        for (long account : List.of(contoso(), fabrikam())) {
            LocalDate first = jdbc.sql("SELECT MIN(purchase_date) FROM insight_order WHERE account_id = :a")
                    .param("a", account).query(LocalDate.class).single();
            assertThat(first).isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusMonths(12));
        }
    }

    @Test
    void theSummaryReadsTheSameTotalsAsTheRawRows() {
        signIn.as("owner@contoso.example");
        InsightRange range = twelveMonths();
        InsightSummary summary = insights.summary(contoso(), range, InsightSlice.all());
        Map<String, Object> raw = jdbc.sql("""
                        SELECT COUNT(*) AS orders, SUM(CASE WHEN is_new_customer THEN 1 ELSE 0 END) AS newc
                        FROM insight_order WHERE account_id = :a AND purchase_date >= :s AND purchase_date < :e""")
                .param("a", contoso()).param("s", range.start()).param("e", range.end()).query().singleRow();
        BigDecimal revenue = jdbc.sql("""
                        SELECT SUM(estimated_charge) FROM insight_usage
                        WHERE account_id = :a AND usage_date >= :s AND usage_date < :e""")
                .param("a", contoso()).param("s", range.start()).param("e", range.end()).query(BigDecimal.class).single();
        long lost = jdbc.sql("""
                        SELECT COUNT(*) FROM insight_order WHERE account_id = :a AND customer_lost = TRUE
                        AND cancel_date >= :s AND cancel_date < :e""")
                .param("a", contoso()).param("s", range.start()).param("e", range.end()).query(Long.class).single();
        long visits = jdbc.sql("""
                        SELECT SUM(page_visits) FROM insight_visit WHERE account_id = :a AND visit_date >= :s AND visit_date < :e""")
                .param("a", contoso()).param("s", range.start()).param("e", range.end()).query(Long.class).single();
        assertThat(summary.financial()).isTrue();
        assertThat(summary.current().orders()).isEqualTo(((Number) raw.get("orders")).longValue()).isPositive();
        assertThat(summary.current().newCustomers()).isEqualTo(((Number) raw.get("newc")).longValue());
        assertThat(summary.current().revenue()).isEqualByComparingTo(revenue);
        assertThat(summary.current().lostCustomers()).isEqualTo(lost);
        assertThat(summary.current().pageVisits()).isEqualTo(visits).isPositive();
        assertThat(summary.trend()).hasSize(12);
        assertThat(summary.trend().stream().mapToLong(MonthFigures::orders).sum()).isEqualTo(summary.current().orders());
        assertThat(summary.previous().orders()).isPositive();
    }

    @Test
    void aMarketSliceNarrowsTheSummaryAndTheGridAlike() {
        signIn.as("finance@contoso.example");
        InsightRange range = twelveMonths();
        InsightSlice us = InsightSlice.all().withMarket("us");
        InsightSummary summary = insights.summary(contoso(), range, us);
        List<OrderRow> rows = insights.page(Reports.ORDERS, contoso(), new InsightFilter(range, us, null),
                List.of(), RowWindow.of(0, 10_000));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.customerCountry()).isEqualTo("US"));
        assertThat(summary.current().orders()).isEqualTo(rows.size());
        InsightSlice newOnly = us.withCustomerType(CustomerType.NEW);
        assertThat(insights.summary(contoso(), range, newOnly).current().orders())
                .isEqualTo(rows.stream().filter(OrderRow::newCustomer).count());
    }

    /**
     * The usage grid's index-backed sorts (and H2's index hint for the charge) must give the
     * order a plain sort of every matching row gives, in both directions and behind a market.
     */
    @ParameterizedTest
    @CsvSource({"estimatedCharge, false, US", "estimatedCharge, true, US", "estimatedCharge, false, ",
            "estimatedCharge, true, ", "usageDate, true, ", "usageDate, true, FR", "usageDate, false, DE"})
    void aUsagePageIsTheTopOfTheWholeRangeInTheChosenOrder(String property, boolean ascending, String market) {
        signIn.as("finance@contoso.example");
        InsightSlice slice = market == null ? InsightSlice.all() : InsightSlice.all().withMarket(market);
        InsightFilter filter = new InsightFilter(InsightRange.lastMonths(6, LocalDate.ofInstant(clock.instant(),
                ZoneOffset.UTC)), slice, null);
        List<UsageRow> all = new ArrayList<>(insights.page(Reports.USAGE, contoso(), filter, List.of(), RowWindow.of(0, 10_000)));
        assertThat(all).hasSizeGreaterThan(60).hasSizeLessThan(10_000);
        Comparator<UsageRow> key = property.equals("estimatedCharge")
                ? Comparator.comparing(UsageRow::estimatedCharge) : Comparator.comparing(UsageRow::usageDate);
        Comparator<UsageRow> order = key.thenComparing(UsageRow::id);
        all.sort(ascending ? order : order.reversed());

        List<UsageRow> page = insights.page(Reports.USAGE, contoso(), filter,
                List.of(new SortKey(property, ascending)), RowWindow.of(0, 50));
        assertThat(page).extracting(UsageRow::id).containsExactlyElementsOf(all.subList(0, 50).stream().map(UsageRow::id).toList());
        List<UsageRow> second = insights.page(Reports.USAGE, contoso(), filter,
                List.of(new SortKey(property, ascending)), RowWindow.of(50, 10));
        assertThat(second).extracting(UsageRow::id).containsExactlyElementsOf(all.subList(50, 60).stream().map(UsageRow::id).toList());
    }

    @Test
    void theStatisticsRefreshAfterABulkLoadIsValidSqlOnThisDatabase() {
        load.analyze();
        assertThat(load.usageCount(contoso())).isPositive();
    }

    @Test
    void aMarketerSeesVisitsAndCustomersButNoOrdersOrMoney() {
        signIn.as("marketer@contoso.example");
        InsightSummary summary = insights.summary(contoso(), twelveMonths(), InsightSlice.all());
        assertThat(summary.financial()).isFalse();
        assertThat(summary.current().revenue()).isNull();
        assertThat(summary.current().usageHours()).isNull();
        assertThat(summary.current().orders()).isZero();
        assertThat(summary.current().pageVisits()).isPositive();
        assertThat(summary.trend()).allSatisfy(m -> assertThat(m.revenue()).isNull());
        InsightFilter filter = InsightFilter.of(twelveMonths());
        assertThatThrownBy(() -> insights.page(Reports.ORDERS, contoso(), filter, List.of(), RowWindow.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insights.export(Reports.USAGE, contoso(), filter, List.of(), List.of(),
                ExportFormat.CSV, ExportOptions.of(ZoneOffset.UTC, "x"), new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(insights.page(Reports.MARKETPLACE, contoso(), filter, List.of(), RowWindow.of(0, 10))).isNotEmpty();
    }

    @Test
    void aDeveloperSeesDeploymentsOnly() {
        signIn.as("developer@contoso.example");
        InsightFilter filter = InsightFilter.of(twelveMonths());
        assertThat(insights.<DeploymentRow>page(Reports.DEPLOYMENTS, contoso(), filter, List.of(), RowWindow.of(0, 10))).isNotEmpty();
        assertThatThrownBy(() -> insights.summary(contoso(), twelveMonths(), InsightSlice.all()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insights.page(Reports.CUSTOMERS, contoso(), filter, List.of(), RowWindow.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void personalDataIsShownToTheOwnerOnlyInTheGridAndInExports() throws IOException {
        InsightFilter filter = InsightFilter.of(twelveMonths());
        signIn.as("owner@contoso.example");
        List<CustomerRow> owner = insights.page(Reports.CUSTOMERS, contoso(), filter, List.of(), RowWindow.of(0, 20));
        assertThat(owner).isNotEmpty().allSatisfy(c -> assertThat(c.email()).contains("@"));
        for (String email : List.of("manager@contoso.example", "finance@contoso.example", "marketer@contoso.example")) {
            signIn.as(email);
            List<CustomerRow> rows = insights.page(Reports.CUSTOMERS, contoso(), filter, List.of(), RowWindow.of(0, 20));
            assertThat(rows).hasSameSizeAs(owner).allSatisfy(c -> {
                assertThat(List.of(c.firstName(), c.lastName(), c.email(), c.city(), c.zipCode()))
                        .containsOnly(CustomerRow.MASK);
                assertThat(c.companyName()).isNotBlank().isNotEqualTo(CustomerRow.MASK);
            });
            List<CSVRecord> records = csv(export(Reports.CUSTOMERS, contoso(), filter, List.of(), List.of(),
                    ExportFormat.CSV, ExportOptions.of(ZoneOffset.UTC, "Customers")));
            int emailColumn = records.getFirst().toList().indexOf("Email");
            assertThat(emailColumn).isPositive();
            assertThat(records.subList(1, records.size())).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get(emailColumn)).isEqualTo(CustomerRow.MASK));
            String all = records.toString();
            owner.forEach(o -> assertThat(all).doesNotContain(o.email()));
            // Sorting by a masked column would reveal its order: it is ignored.
            List<CustomerRow> byEmail = insights.page(Reports.CUSTOMERS, contoso(), filter,
                    List.of(SortKey.asc("email")), RowWindow.of(0, 20));
            assertThat(byEmail).extracting(CustomerRow::id).containsExactlyElementsOf(rows.stream().map(CustomerRow::id).toList());
        }
    }

    /**
     * The Campaigns page and Marketplace insights count the same storefront visits of a month
     * alike: the month's visits only, and a call to action with its visit even when it came the
     * next day (the Campaigns page used to count it by its own day, and over rolling days).
     */
    @Test
    void campaignsAndMarketplaceInsightsAgreeOnTheSameMonthsStorefrontVisits() {
        signIn.as("owner@fabrikam.example");
        var listing = listings.storefront("fabrikam", "fabrikam-backup").orElseThrow();
        java.time.Instant start = clock.instant();
        java.time.YearMonth month = java.time.YearMonth.from(LocalDate.ofInstant(start, ZoneOffset.UTC));
        java.util.function.Function<String, com.publisherportal.campaigns.StorefrontVisit> visit = address ->
                tracker.recordVisit(listing.offer(), new com.publisherportal.campaigns.VisitContext("website", "agreetest",
                        null, "DE", address, "UA"), "localhost");
        var getItNow = com.publisherportal.listing.StorefrontListing.CallToAction.GET_IT_NOW;
        try {
            clock.set(month.atDay(1).atTime(10, 0).toInstant(ZoneOffset.UTC));
            storefrontLeads.act(visit.apply("203.0.113.61"), listing, getItNow, null, null);
            clock.set(month.atEndOfMonth().atTime(23, 50).toInstant(ZoneOffset.UTC));
            var lateVisit = visit.apply("203.0.113.62");
            visit.apply("203.0.113.63");
            clock.set(month.plusMonths(1).atDay(1).atTime(0, 20).toInstant(ZoneOffset.UTC));
            storefrontLeads.act(lateVisit, listing, getItNow, null, null);
            visit.apply("203.0.113.64");
            feed.rollUp(month.atDay(1), month.plusMonths(1).atDay(1));
        } finally {
            clock.set(start);
        }

        InsightRange range = new InsightRange(month, month);
        CampaignFigures marketplace = insights.campaigns(fabrikam(), range, InsightSlice.all()).stream()
                .filter(c -> c.campaignId().equals("agreetest")).findFirst().orElseThrow();
        List<com.publisherportal.campaigns.CampaignRow> campaigns = tracker.campaigns(fabrikam(), range.start(),
                range.end().minusDays(1)).stream().filter(r -> "agreetest".equals(r.mktcmpid())).toList();
        assertThat(marketplace.pageVisits()).isEqualTo(3);
        assertThat(marketplace.callsToAction()).isEqualTo(2);
        assertThat(campaigns).hasSize(1);
        assertThat(campaigns.getFirst().visits()).isEqualTo(marketplace.pageVisits());
        assertThat(campaigns.getFirst().actions()).isEqualTo(marketplace.callsToAction());
        assertThat(campaigns.getFirst().ctaPercent()).isCloseTo(marketplace.callToActionRate().doubleValue(),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void fabrikamSeesNoneOfContososFigures() throws IOException {
        signIn.as("owner@fabrikam.example");
        long contoso = contoso();
        InsightRange range = twelveMonths();
        InsightFilter filter = InsightFilter.of(range);
        assertThatThrownBy(() -> insights.summary(contoso, range, InsightSlice.all())).isInstanceOf(NotFoundException.class);
        for (ReportDefinition<?> kind : Reports.all()) {
            assertThatThrownBy(() -> insights.page(kind, contoso, filter, List.of(), RowWindow.of(0, 10)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> insights.export(kind, contoso, filter, List.of(), List.of(), ExportFormat.CSV,
                    ExportOptions.of(ZoneOffset.UTC, "x"), new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> insights.campaigns(contoso, range, InsightSlice.all())).isInstanceOf(NotFoundException.class);
        // A Contoso offer as a slice of Fabrikam's own figures finds nothing of Contoso's.
        Offer analytics = offers.findByAccountIdAndOfferId(contoso, "contoso-analytics").orElseThrow();
        InsightSlice stolen = InsightSlice.all().withOffer(analytics.id());
        assertThat(insights.summary(fabrikam(), range, stolen).current().orders()).isZero();
        assertThat(insights.page(Reports.USAGE, fabrikam(), new InsightFilter(range, stolen, null), List.of(), RowWindow.of(0, 10))).isEmpty();
        String own = new String(export(Reports.USAGE, fabrikam(), filter, List.of(), List.of(), ExportFormat.CSV,
                ExportOptions.of(ZoneOffset.UTC, "x")), StandardCharsets.UTF_8);
        assertThat(own).contains("Fabrikam Backup").doesNotContain("Contoso");
    }

    @Test
    void theXlsxExportHoldsExactlyTheGridsRowsColumnsAndTypes() throws IOException {
        signIn.as("owner@contoso.example");
        InsightRange range = InsightRange.lastMonths(3, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        InsightFilter filter = new InsightFilter(range, InsightSlice.all().withMarket("US"), null);
        List<SortKey> sorts = List.of(SortKey.desc("estimatedCharge"));
        List<String> columns = List.of("usageDate", "offerName", "customerCountry", "newCustomer", "normalizedUsage",
                "estimatedCharge", "sku");
        List<UsageRow> grid = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<UsageRow> page = insights.page(Reports.USAGE, contoso(), filter, sorts, RowWindow.of(offset, 500));
            grid.addAll(page);
            if (page.size() < 500) {
                break;
            }
        }
        assertThat(grid).isNotEmpty();
        byte[] bytes = export(Reports.USAGE, contoso(), filter, sorts, columns, ExportFormat.XLSX,
                ExportOptions.of(ZoneOffset.UTC, "Usage"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("UsageDate", "OfferName",
                    "CustomerCountry", "IsNewCustomer", "NormalizedUsage", "EstimatedExtendedChargePC", "SKU");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo(grid.size());
            for (int i = 0; i < grid.size(); i++) {
                UsageRow expected = grid.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(DateUtil.isCellDateFormatted(row.getCell(0))).isTrue();
                assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected.usageDate());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.offerName());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo("United States");
                assertThat(row.getCell(3).getBooleanCellValue()).isEqualTo(expected.newCustomer());
                assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.normalizedUsage().doubleValue());
                assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(expected.estimatedCharge().doubleValue());
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(expected.sku());
            }
        }
        // Sorted as asked: charges never increase.
        for (int i = 1; i < grid.size(); i++) {
            assertThat(grid.get(i).estimatedCharge()).isLessThanOrEqualTo(grid.get(i - 1).estimatedCharge());
        }
    }

    @Test
    void theCsvExportMatchesTheGridAndNeutralisesFormulas() throws IOException {
        signIn.as("owner@contoso.example");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        InsightRange range = InsightRange.lastMonths(1, today);
        List<String> tricky = List.of("=HYPERLINK(\"http://evil.example\")", "+1 Tools", "-2 Labs", "@Home SA",
                "\tTabbed", "\rReturn");
        for (String company : tricky) {
            load.insertCustomer(contoso(), new CustomerRow(0, null, "Eve", "Tester", "eve@evil.example", company,
                    range.start().plusDays(3), "Prod", "00000000-0000-0000-0000-000000000001", "Azure Global", 1, "FR",
                    "Paris", "fr-FR", "75001"));
        }
        InsightFilter filter = new InsightFilter(range, InsightSlice.all().withMarket("FR"), null);
        List<SortKey> sorts = List.of(SortKey.asc("companyName"));
        List<CustomerRow> grid = insights.page(Reports.CUSTOMERS, contoso(), filter, sorts, RowWindow.of(0, 5_000));
        List<CSVRecord> records = csv(export(Reports.CUSTOMERS, contoso(), filter, sorts,
                List.of("companyName", "email", "orderCount", "transactionDate"), ExportFormat.CSV,
                ExportOptions.of(ZoneOffset.UTC, "Customers")));
        assertThat(records.getFirst().toList()).containsExactly("CompanyName", "Email", "OrderCount", "TransactionDate");
        assertThat(records).hasSize(grid.size() + 1);
        for (int i = 0; i < grid.size(); i++) {
            CustomerRow row = grid.get(i);
            CSVRecord record = records.get(i + 1);
            String company = row.companyName();
            char first = company.charAt(0);
            boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
            assertThat(record.get(0)).isEqualTo(dangerous ? "'" + company : company);
            assertThat(record.get(1)).isEqualTo(row.email());
            assertThat(record.get(2)).isEqualTo(String.valueOf(row.orderCount()));
            assertThat(record.get(3)).isEqualTo(row.transactionDate().toString());
        }
        assertThat(records.stream().map(r -> r.get(0)).toList()).containsAll(
                tricky.stream().map(t -> "'" + t).toList());
        // In XLSX the text stays as typed, kept as text by a quote-prefixed style.
        byte[] xlsx = export(Reports.CUSTOMERS, contoso(), filter, sorts, List.of("companyName"), ExportFormat.XLSX,
                ExportOptions.of(ZoneOffset.UTC, "Customers"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Cell cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                if (tricky.contains(cell.getStringCellValue())) {
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
                cells.add(cell.getStringCellValue());
            }
            assertThat(cells).containsAll(tricky);
        }
        // Real numbers are never touched: a negative figure would be written as a number.
        assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.get(2)).matches("\\d+"));
    }

    @Test
    void aLongExportContinuesOnFurtherSheetsUnderTheSameHeader() throws IOException {
        signIn.as("owner@contoso.example");
        InsightRange range = InsightRange.lastMonths(1, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        InsightFilter filter = InsightFilter.of(range);
        List<VisitRow> grid = insights.page(Reports.MARKETPLACE, contoso(), filter, List.of(), RowWindow.of(0, 10_000));
        assertThat(grid.size()).isGreaterThan(25);
        byte[] bytes = export(Reports.MARKETPLACE, contoso(), filter, List.of(), List.of("date", "pageVisits", "campaignId"),
                ExportFormat.XLSX, ExportOptions.of(ZoneOffset.UTC, "Visits").withMaxRowsPerSheet(11));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            int expectedSheets = (grid.size() + 9) / 10;
            assertThat(workbook.getNumberOfSheets()).isEqualTo(expectedSheets);
            assertThat(workbook.getSheetName(1)).isEqualTo("Visits (2)");
            List<Long> visits = new ArrayList<>();
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("PageVisits");
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(10);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    visits.add((long) sheet.getRow(r).getCell(1).getNumericCellValue());
                }
            }
            assertThat(visits).containsExactlyElementsOf(grid.stream().map(v -> (long) v.pageVisits()).toList());
        }
    }

    @Test
    void theTrendWorkbookHasASummarySheetWithNativeCharts() throws IOException {
        signIn.as("owner@contoso.example");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InsightTrendWorkbook.Labels labels = new InsightTrendWorkbook.Labels("Summary", "Trend", "Insights", "range",
                "Measure", "Now", "Before", "Change", "Month", "MonthStartDate", "Orders", "Usage", "Revenue",
                "New customers", "Lost customers", "Page visits", "CTA %", "Customers", "Revenue chart");
        insights.exportTrend(contoso(), twelveMonths(), InsightSlice.all(), labels, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getCharts()).hasSize(2);
            Sheet trend = workbook.getSheet("Trend");
            assertThat(trend.getLastRowNum()).isEqualTo(12);
            assertThat(DateUtil.isCellDateFormatted(trend.getRow(1).getCell(1))).isTrue();
            double orders = 0;
            for (int r = 1; r <= 12; r++) {
                orders += trend.getRow(r).getCell(2).getNumericCellValue();
            }
            assertThat((long) orders).isEqualTo(insights.summary(contoso(), twelveMonths(), InsightSlice.all()).current().orders());
        }
    }

    @Test
    void refreshingAMonthFoldsInRowsThatArrivedLater() {
        signIn.as("owner@contoso.example");
        InsightRange lastMonth = InsightRange.lastMonths(1, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        long before = insights.summary(contoso(), lastMonth, InsightSlice.all().withMarket("CH")).current().pageVisits();
        Offer analytics = offers.findByAccountIdAndOfferId(contoso(), "contoso-analytics").orElseThrow();
        LocalDate day = lastMonth.start().plusDays(1);
        load.insertVisits(contoso(), List.<Object[]>of(new Object[]{analytics.id(), analytics.name(),
                java.sql.Date.valueOf(lastMonth.start()), java.sql.Date.valueOf(day), "CH", "www.bing.com", "", "",
                1000, 10, 0, 0, 0}));
        assertThat(insights.summary(contoso(), lastMonth, InsightSlice.all().withMarket("CH")).current().pageVisits())
                .as("dashboards read aggregates only").isEqualTo(before);
        aggregates.refreshMonths(contoso(), lastMonth.start(), lastMonth.end());
        assertThat(insights.summary(contoso(), lastMonth, InsightSlice.all().withMarket("CH")).current().pageVisits())
                .isEqualTo(before + 1000);
    }
}
