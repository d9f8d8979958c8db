package com.publisherportal.insights;

import com.publisherportal.demo.InsightGenerator;
import com.publisherportal.Application;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.common.Database;
import com.publisherportal.common.EmbeddedStoreCompaction;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.security.CallerRepository;
import com.publisherportal.security.PortalUser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Insights benchmark (issue 7), NOT part of the test suite: see bench/insights/README.md. It lives in
 * the insights package to reach the package-private repositories (the usage count, a page's SQL).
 * Boots the portal on a file H2 (or PostgreSQL), fills Contoso to the wanted number of usage rows
 * over the last 12 complete months, then measures, in this one process and in turn:
 * the grid's first page (service vs the same SQL run bare), the 12-month summary, and the export
 * of every usage row × 14 columns (product CSV/XLSX vs hand-rolled CSV, Commons CSV, bare POI SXSSF, fastexcel).
 * Run it with -Xmx256m.
 */
public final class InsightBenchmark {

    private static final int RUNS = 25;

    private InsightBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(System.getProperty("rows", "1000000"));
        String db = System.getProperty("db", "h2");
        String dataDir = System.getProperty("dataDir", "/tmp/insights-bench");
        // Command-line arguments: they override application.properties (builder defaults would not).
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--portal.data-dir=" + dataDir,
                "--portal.demo-data.enabled=true", "--logging.level.root=warn", "--logging.level.com.publisherportal=info",
                "--vaadin.launch-browser=false", "--spring.main.banner-mode=off"));
        if (db.equals("postgres")) {
            arguments.add("--spring.profiles.active=postgres");
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .run(arguments.toArray(String[]::new))) {
            run(context, rows, db);
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, long rows, String db) throws Exception {
        InsightService insights = context.getBean(InsightService.class);
        InsightLoadRepository load = context.getBean(InsightLoadRepository.class);
        InsightQueryRepository repository = context.getBean(InsightQueryRepository.class);
        long contoso = context.getBean(PublisherAccountRepository.class).findByPublisherId("contoso").orElseThrow().id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long existing = load.usageCount(contoso);
        if (existing < rows) {
            var live = context.getBean(OfferRepository.class).findByAccountIdOrderByNameAsc(contoso).stream()
                    .filter(o -> o.status() == OfferStatus.LIVE).toList();
            long started = System.nanoTime();
            // Ends before the current month, so every row lies in the "last 12 months" range.
            context.getBean(InsightGenerator.class).generate(contoso, live, today.withDayOfMonth(1),
                    InsightGenerator.Volume.usageRows(rows - existing).overMonths(12), 42);
            System.out.printf("Filled %,d usage rows in %.1f s%n", rows - existing, (System.nanoTime() - started) / 1e9);
        }
        databaseSize(context, db);
        PortalUser owner = context.getBean(CallerRepository.class).findLogin("owner@contoso.example").orElseThrow().toPrincipal();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));

        InsightRange twelve = InsightRange.lastMonths(12, today);
        System.out.printf("%nDatabase %s, %,d usage rows for Contoso, JVM max heap %d MB, %d CPUs%n", db,
                load.usageCount(contoso), Runtime.getRuntime().maxMemory() / (1 << 20),
                Runtime.getRuntime().availableProcessors());
        DataSource dataSource = context.getBean(DataSource.class);
        NamedParameterJdbcTemplate bare = new NamedParameterJdbcTemplate(new JdbcTemplate(dataSource));
        String first = System.getProperty("first", "");
        if (!first.isEmpty()) {
            firstExport(context, first, insights, repository, contoso, twelve);
            return;
        }

        System.out.println("\n-- Grid first page (50 rows), median / p90 of " + RUNS + " runs after warm-up");
        grid("market US, newest first", insights, repository, bare, contoso,
                new InsightFilter(twelve, InsightSlice.all().withMarket("US"), null), List.of());
        grid("market DE, sort by charge desc", insights, repository, bare, contoso,
                new InsightFilter(twelve, InsightSlice.all().withMarket("DE"), null),
                List.of(SortKey.desc("estimatedCharge")));
        Long analytics = context.getBean(OfferRepository.class).findByAccountIdAndOfferId(contoso, "contoso-analytics")
                .orElseThrow().id();
        grid("offer filter, newest first", insights, repository, bare, contoso,
                new InsightFilter(twelve, InsightSlice.all().withOffer(analytics), null), List.of());
        grid("no filter, oldest first", insights, repository, bare, contoso,
                InsightFilter.of(twelve), List.of(SortKey.asc("usageDate")));
        grid("offer filter, oldest first", insights, repository, bare, contoso,
                new InsightFilter(twelve, InsightSlice.all().withOffer(analytics), null),
                List.of(SortKey.asc("usageDate")));
        grid("market FR, charge ascending", insights, repository, bare, contoso,
                new InsightFilter(twelve, InsightSlice.all().withMarket("FR"), null),
                List.of(SortKey.asc("estimatedCharge")));
        grid("6 months, sort by charge desc", insights, repository, bare, contoso,
                InsightFilter.of(InsightRange.lastMonths(6, today)), List.of(SortKey.desc("estimatedCharge")));

        System.out.println("\n-- Summary dashboard, 12 months (aggregates only)");
        // Alternating between two "today"s (12 months ending last month, or the month before) changes
        // the parameters on every run, so no cached result is reused.
        double[] summary = time(v -> insights.summary(contoso, InsightRange.lastMonths(12, today.minusMonths(v % 2)),
                InsightSlice.all()));
        System.out.printf("   summary                          product %7.1f ms (p90 %.1f)%n", summary[0], summary[1]);
        double[] sliced = time(v -> insights.summary(contoso, InsightRange.lastMonths(12, today.minusMonths(v % 2)),
                InsightSlice.all().withMarket("FR")));
        System.out.printf("   summary, market FR               product %7.1f ms (p90 %.1f)%n", sliced[0], sliced[1]);

        if (!Boolean.parseBoolean(System.getProperty("export", "true"))) {
            return;
        }
        System.out.println("\n-- Export of every usage row of 12 months x 14 columns, in turn in this process");
        InsightFilter all = InsightFilter.of(twelve);
        Map<String, Object> params = new HashMap<>();
        String paged = repository.pageSql(Reports.USAGE, contoso, all, List.of(), RowWindow.of(0, 1), params);
        String sql = paged.substring(0, paged.lastIndexOf(" LIMIT "));
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        Database database = context.getBean(Database.class);
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        streamingTemplate.setFetchSize(2_000);
        NamedParameterJdbcTemplate streaming = new NamedParameterJdbcTemplate(streamingTemplate);
        List<String> columns = Reports.USAGE.columns().stream().map(ReportColumn::key).toList();
        ExportOptions options = ExportOptions.of(ZoneOffset.UTC, "Usage");
        // LIBRARIES=false leaves out Commons CSV, POI and fastexcel (the slow ones) to compare the product with the floor.
        boolean otherLibraries = Boolean.parseBoolean(System.getProperty("libraries", "true"));
        for (int round = 1; round <= 2; round++) {
            System.out.println("   round " + round + (round == 1 ? " (includes JIT warm-up)" : ""));
            export("product CSV (TableExporter)", () -> {
                Counting out = new Counting();
                long n = insights.export(Reports.USAGE, contoso, all, List.of(), columns, ExportFormat.CSV, options, out);
                return new long[]{n, out.bytes};
            });
            export("bare read only (no writer)", () -> bare(tx, database, () -> readOnly(streaming, sql, params)));
            export("bare hand-rolled CSV", () -> bare(tx, database, () -> handRolled(streaming, sql, params)));
            if (otherLibraries) {
                export("bare Commons CSV", () -> bare(tx, database, () -> commonsCsv(streaming, sql, params)));
            }
            export("product XLSX (TableExporter)", () -> {
                Counting out = new Counting();
                long n = insights.export(Reports.USAGE, contoso, all, List.of(), columns, ExportFormat.XLSX, options, out);
                return new long[]{n, out.bytes};
            });
            if (otherLibraries) {
                export("bare POI SXSSF (inline strings)", () -> bare(tx, database, () -> sxssf(streaming, sql, params)));
                export("bare fastexcel (inline strings)", () -> bare(tx, database, () -> fastexcel(streaming, sql, params)));
            }
        }
    }

    /**
     * One export, the first of this JVM (FIRST=… in insights-bench.sh starts a JVM per export): the
     * first export after a start, JIT warm-up included, against a bare baseline started alike.
     */
    private static void firstExport(ConfigurableApplicationContext context, String which, InsightService insights,
                                    InsightQueryRepository repository, long contoso, InsightRange twelve) throws Exception {
        InsightFilter all = InsightFilter.of(twelve);
        Map<String, Object> params = new HashMap<>();
        String paged = repository.pageSql(Reports.USAGE, contoso, all, List.of(), RowWindow.of(0, 1), params);
        String sql = paged.substring(0, paged.lastIndexOf(" LIMIT "));
        TransactionTemplate tx = context.getBean(TransactionTemplate.class);
        Database database = context.getBean(Database.class);
        JdbcTemplate streamingTemplate = new JdbcTemplate(context.getBean(DataSource.class));
        streamingTemplate.setFetchSize(2_000);
        NamedParameterJdbcTemplate streaming = new NamedParameterJdbcTemplate(streamingTemplate);
        List<String> columns = Reports.USAGE.columns().stream().map(ReportColumn::key).toList();
        ExportOptions options = ExportOptions.of(ZoneOffset.UTC, "Usage");
        System.out.println("\n-- First export of this JVM");
        switch (which) {
            case "product-csv" -> export("first: product CSV", () -> {
                Counting out = new Counting();
                long n = insights.export(Reports.USAGE, contoso, all, List.of(), columns, ExportFormat.CSV, options, out);
                return new long[]{n, out.bytes};
            });
            case "product-xlsx" -> export("first: product XLSX", () -> {
                Counting out = new Counting();
                long n = insights.export(Reports.USAGE, contoso, all, List.of(), columns, ExportFormat.XLSX, options, out);
                return new long[]{n, out.bytes};
            });
            case "bare-csv" -> export("first: bare hand-rolled CSV", () -> bare(tx, database, () -> handRolled(streaming, sql, params)));
            case "bare-read" -> export("first: bare read only", () -> bare(tx, database, () -> readOnly(streaming, sql, params)));
            default -> throw new IllegalArgumentException("first=" + which);
        }
    }

    private interface Variant {
        Object run(int variant) throws Exception;
    }

    private interface ExportTask {
        long[] run() throws Exception;
    }

    /**
     * Median and p90 in ms after five warm-up runs. Every run gets its own variant number: H2
     * keeps the last result of each statement and hands it back when the same statement runs
     * again with the same parameters, so a benchmark that repeated one query would time a cache.
     */
    private static double[] time(Variant task) throws Exception {
        long first = System.nanoTime();
        task.run(RUNS + 5);
        // A query that takes seconds (an unindexed sort) gets 3 measured runs, not 25.
        int runs = System.nanoTime() - first > 500_000_000L ? 3 : RUNS;
        for (int i = 1; i < (runs == RUNS ? 5 : 1); i++) {
            task.run(RUNS + i);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[]{ms[runs / 2], ms[Math.min(runs - 1, (int) (runs * 0.9))]};
    }

    private static void grid(String label, InsightService insights, InsightQueryRepository repository,
                             NamedParameterJdbcTemplate bare, long account, InsightFilter filter,
                             List<SortKey> sorts) throws Exception {
        // The page size varies by one row per run (50, 51, …): a distinct statement each time.
        double[] product = time(v -> insights.page(Reports.USAGE, account, filter, sorts, RowWindow.of(0, 50 + v)));
        double[] raw = time(v -> {
            Map<String, Object> params = new HashMap<>();
            String sql = repository.pageSql(Reports.USAGE, account, filter, sorts, RowWindow.of(0, 150 + v), params);
            return bare.query(sql, new MapSqlParameterSource(params), (rs, i) -> mapRow(rs));
        });
        System.out.printf("   %-32s product %7.1f ms (p90 %.1f)   bare SQL %7.1f ms (p90 %.1f)   ratio %.2f%n",
                label, product[0], product[1], raw[0], raw[1], product[0] / raw[0]);
    }

    private static Object[] mapRow(ResultSet rs) throws SQLException {
        Object[] row = new Object[15];
        for (int i = 0; i < 15; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }

    /**
     * A bare baseline: one statement in a transaction (the product reads keyset pages instead; H2's
     * lazy mode, which made one statement stream, fails long reads, h2database 4142 and 4383).
     */
    private static long[] bare(TransactionTemplate tx, Database database, java.util.function.Supplier<long[]> read) {
        return tx.execute(s -> read.get());
    }

    /**
     * The database's size on disk for the filled data: the H2 file as the fill left it and after
     * the portal's own compaction ({@link EmbeddedStoreCompaction}), or PostgreSQL's
     * {@code pg_database_size}.
     */
    private static void databaseSize(ConfigurableApplicationContext context, String db) throws Exception {
        if (db.equals("postgres")) {
            Long bytes = new JdbcTemplate(context.getBean(DataSource.class))
                    .queryForObject("SELECT pg_database_size(current_database())", Long.class);
            System.out.printf("PostgreSQL database size: %,d MB%n", bytes >> 20);
            return;
        }
        var result = context.getBean(EmbeddedStoreCompaction.class).compactNow().orElseThrow();
        System.out.printf("H2 file: %,d MB at %d %% fill; after the portal's compaction %,d MB at %d %% fill (longest step %d ms)%n",
                result.bytesBefore() >> 20, result.fillBefore(), result.bytesAfter() >> 20, result.fillAfter(),
                result.longestStepMillis());
    }

    private static int exports;
    private static int exportsCompleted;

    /** Runs one export; a failure is reported and counted, and the benchmark goes on. */
    private static void export(String label, ExportTask task) throws Exception {
        System.gc();
        exports++;
        long t = System.nanoTime();
        FIRST_BYTE.set(0);
        long[] result;
        try {
            result = task.run();
        } catch (RuntimeException e) {
            System.out.printf("      %-34s FAILED: %s%n", label, e);
            return;
        }
        exportsCompleted++;
        double s = (System.nanoTime() - t) / 1e9;
        long first = FIRST_BYTE.get();
        System.out.printf("      %-34s %6.1f s   %,d rows   %,d MB%s   (%d of %d exports completed)%n", label, s,
                result[0], result[1] >> 20, first == 0 ? "" : String.format("   first bytes after %d ms", (first - t) / 1_000_000),
                exportsCompleted, exports);
    }

    /** When the product's writer handed its first bytes to the sink (System.nanoTime), 0 before. */
    private static final java.util.concurrent.atomic.AtomicLong FIRST_BYTE = new java.util.concurrent.atomic.AtomicLong();

    /** Discards what it is given and counts the bytes. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (bytes == 0 && len > 0) {
                FIRST_BYTE.set(System.nanoTime());
            }
            bytes += len;
        }
    }

    private static final String[] HEADER = {"UsageDate", "OfferName", "SKU", "VMSize", "CustomerCountry",
            "AzureLicenseType", "MarketplaceLicenseType", "IsNewCustomer", "NormalizedUsage", "RawUsage", "MeteredUsage",
            "UsageUnit", "EstimatedExtendedChargePC", "MarketplaceSubscriptionId"};

    /** The 14 export values of a usage row, read straight from the result set. */
    private static Object[] values(ResultSet rs) throws SQLException {
        return new Object[]{rs.getDate("usage_date").toLocalDate(), rs.getString("offer_name"), rs.getString("sku"),
                rs.getString("vm_size"), ReportColumn.englishCountryName(rs.getString("customer_country")),
                rs.getString("azure_license_type"), rs.getString("marketplace_license_type"),
                rs.getBoolean("is_new_customer"), rs.getBigDecimal("normalized_usage"), rs.getBigDecimal("raw_usage"),
                rs.getBigDecimal("metered_usage"), rs.getString("usage_unit"), rs.getBigDecimal("estimated_charge"),
                rs.getString("marketplace_subscription_id")};
    }

    /** What reading the rows costs alone: the floor under every writer. */
    private static long[] readOnly(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> params) {
        long[] n = {0, 0};
        jdbc.query(sql, new MapSqlParameterSource(params), (RowCallbackHandler) rs -> {
            n[1] += values(rs).length;
            n[0]++;
        });
        return new long[]{n[0], 0};
    }

    private static long[] handRolled(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> params) {
        Counting out = new Counting();
        long[] n = {0};
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write('\uFEFF');
            w.write(String.join(",", HEADER));
            w.write("\r\n");
            jdbc.query(sql, new MapSqlParameterSource(params), (RowCallbackHandler) rs -> {
                try {
                    Object[] v = values(rs);
                    for (int i = 0; i < v.length; i++) {
                        if (i > 0) {
                            w.write(',');
                        }
                        Object value = v[i];
                        if (value == null) {
                            continue;
                        }
                        String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
                            w.write('"');
                            w.write(text.replace("\"", "\"\""));
                            w.write('"');
                        } else {
                            w.write(text);
                        }
                    }
                    w.write("\r\n");
                    n[0]++;
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new long[]{n[0], out.bytes};
    }

    private static long[] commonsCsv(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> params) {
        Counting out = new Counting();
        long[] n = {0};
        try (Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180)) {
            w.write('\uFEFF');
            printer.printRecord((Object[]) HEADER);
            jdbc.query(sql, new MapSqlParameterSource(params), (RowCallbackHandler) rs -> {
                try {
                    printer.printRecord(values(rs));
                    n[0]++;
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new long[]{n[0], out.bytes};
    }

    private static long[] fastexcel(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> params) {
        Counting out = new Counting();
        long[] n = {0};
        try {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "bench", "1.0");
            org.dhatim.fastexcel.Worksheet[] sheet = {workbook.newWorksheet("Usage")};
            for (int i = 0; i < HEADER.length; i++) {
                sheet[0].inlineString(0, i, HEADER[i]);
            }
            int[] rowIndex = {1};
            jdbc.query(sql, new MapSqlParameterSource(params), (RowCallbackHandler) rs -> {
                try {
                    if (rowIndex[0] == 1_048_576) {
                        sheet[0].finish();
                        sheet[0] = workbook.newWorksheet("Usage (2)");
                        rowIndex[0] = 1;
                    }
                    int r = rowIndex[0]++;
                    Object[] v = values(rs);
                    for (int i = 0; i < v.length; i++) {
                        Object value = v[i];
                        if (value instanceof LocalDate d) {
                            sheet[0].value(r, i, d);
                            sheet[0].style(r, i).format("yyyy-mm-dd").set();
                        } else if (value instanceof Number d) {
                            sheet[0].value(r, i, d);
                        } else if (value instanceof Boolean b) {
                            sheet[0].value(r, i, b);
                        } else if (value != null) {
                            sheet[0].inlineString(r, i, value.toString());
                        }
                    }
                    if (r % 1_000 == 0) {
                        sheet[0].flush();
                    }
                    n[0]++;
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
            workbook.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new long[]{n[0], out.bytes};
    }

    private static long[] sxssf(NamedParameterJdbcTemplate jdbc, String sql, Map<String, Object> params) {
        Counting out = new Counting();
        long[] n = {0};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            SXSSFSheet sheet = workbook.createSheet("Usage");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            int[] rowIndex = {1};
            SXSSFSheet[] current = {sheet};
            jdbc.query(sql, new MapSqlParameterSource(params), (RowCallbackHandler) rs -> {
                if (rowIndex[0] == 1_048_576) {
                    current[0] = workbook.createSheet("Usage (" + (workbook.getNumberOfSheets() + 1) + ")");
                    rowIndex[0] = 1;
                }
                Row row = current[0].createRow(rowIndex[0]++);
                Object[] v = values(rs);
                for (int i = 0; i < v.length; i++) {
                    Object value = v[i];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (value instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
                n[0]++;
            });
            workbook.write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new long[]{n[0], out.bytes};
    }
}
