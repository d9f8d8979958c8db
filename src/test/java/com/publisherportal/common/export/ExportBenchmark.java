package com.publisherportal.common.export;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Not a test: times the shared exporter against the bare writers it builds on, in turn in one
 * process, for N generated rows of 14 columns (text, numbers, timestamps, dates, booleans, and a
 * formula-looking text in every row). Run with a capped heap to show that nothing is held in memory:
 *
 * <pre>
 * ./mvnw -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt && ./mvnw -q test-compile
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      com.publisherportal.common.export.ExportBenchmark 1000000
 * </pre>
 */
public final class ExportBenchmark {

    record Row(long id, String name, String email, String company, String country, String city, String zip,
               String formula, BigDecimal amount, Instant at, LocalDate day, long quantity, String sku, Boolean flag) {
    }

    static final TableExporter EXPORTER = new TableExporter(new SimpleMeterRegistry());
    static final List<ExportColumn<Row>> COLUMNS = new ColumnModel<Row>(
            new ExportColumn<>("id", "Id", "id", ColumnType.INTEGER, 8, Row::id),
            new ExportColumn<>("name", "Name", "name", ColumnType.TEXT, 20, Row::name),
            new ExportColumn<>("email", "Email", "email", ColumnType.TEXT, 24, Row::email),
            new ExportColumn<>("company", "Company", "company", ColumnType.TEXT, 20, Row::company),
            new ExportColumn<>("country", "Country", "country", ColumnType.TEXT, 4, Row::country),
            new ExportColumn<>("city", "City", "city", ColumnType.TEXT, 10, Row::city),
            new ExportColumn<>("zip", "Zip", "zip", ColumnType.TEXT, 6, Row::zip),
            new ExportColumn<>("formula", "Note", "formula", ColumnType.TEXT, 10, Row::formula),
            new ExportColumn<>("amount", "Amount", "amount", ColumnType.DECIMAL, 10, Row::amount),
            new ExportColumn<>("at", "At", "at", ColumnType.TIMESTAMP, 20, Row::at),
            new ExportColumn<>("day", "Day", "day", ColumnType.DATE, 10, Row::day),
            new ExportColumn<>("quantity", "Quantity", "quantity", ColumnType.INTEGER, 6, Row::quantity),
            new ExportColumn<>("sku", "Sku", "sku", ColumnType.TEXT, 8, Row::sku),
            new ExportColumn<>("flag", "IsNew", "flag", ColumnType.BOOLEAN, 5, Row::flag)).all();

    private ExportBenchmark() {
    }

    static Row row(int n) {
        return new Row(n, "Customer " + n, "user" + n + "@example.com", "Contoso " + (n % 1000), "FR", "Paris", "75001",
                "=SUM(A1)", BigDecimal.valueOf(n % 10_000, 2), Instant.ofEpochSecond(1_700_000_000L + n),
                LocalDate.of(2026, 1, 1 + n % 28), n % 77, "SKU-" + (n % 50), n % 2 == 0);
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("export-benchmark");
        try {
            time("bare Commons CSV", dir, rows, ExportBenchmark::bareCsv);
            time("portal CSV", dir, rows, (out, n) -> EXPORTER.<Row>export(ExportFormat.CSV, COLUMNS,
                    c -> generate(n, c), out, ExportOptions.of(ZoneOffset.UTC, "Data")));
            time("bare POI SXSSF (inline strings)", dir, rows, ExportBenchmark::bareXlsx);
            time("portal XLSX", dir, rows, (out, n) -> EXPORTER.<Row>export(ExportFormat.XLSX, COLUMNS,
                    c -> generate(n, c), out, ExportOptions.of(ZoneOffset.UTC, "Data")));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(dir);
        }
    }

    interface Writing {
        void write(OutputStream out, int rows) throws IOException;
    }

    static void generate(int rows, java.util.function.Consumer<? super Row> consumer) {
        for (int n = 0; n < rows; n++) {
            consumer.accept(row(n));
        }
    }

    static void time(String label, Path dir, int rows, Writing writing) throws IOException {
        Path file = dir.resolve(label.replaceAll("\\W+", "-"));
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            writing.write(out, rows);
        }
        System.out.printf("%-34s %,d rows: %6.1f s, %,d bytes, max heap %d MB%n", label, rows,
                (System.nanoTime() - start) / 1e9, Files.size(file), Runtime.getRuntime().maxMemory() >> 20);
    }

    static void bareCsv(OutputStream out, int rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            for (int n = 0; n < rows; n++) {
                Row r = row(n);
                printer.printRecord(r.id(), r.name(), r.email(), r.company(), r.country(), r.city(), r.zip(), r.formula(),
                        r.amount(), r.at(), r.day(), r.quantity(), r.sku(), r.flag());
            }
        }
    }

    static void bareXlsx(OutputStream out, int rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, true, false)) {
            SXSSFSheet sheet = workbook.createSheet("Data");
            for (int n = 0; n < rows; n++) {
                Row r = row(n);
                SXSSFRow x = sheet.createRow(n);
                x.createCell(0).setCellValue(r.id());
                x.createCell(1).setCellValue(r.name());
                x.createCell(2).setCellValue(r.email());
                x.createCell(3).setCellValue(r.company());
                x.createCell(4).setCellValue(r.country());
                x.createCell(5).setCellValue(r.city());
                x.createCell(6).setCellValue(r.zip());
                x.createCell(7).setCellValue(r.formula());
                x.createCell(8).setCellValue(r.amount().doubleValue());
                x.createCell(9).setCellValue(LocalDateTime.ofInstant(r.at(), ZoneOffset.UTC));
                x.createCell(10).setCellValue(r.day());
                x.createCell(11).setCellValue(r.quantity());
                x.createCell(12).setCellValue(r.sku());
                x.createCell(13).setCellValue(r.flag());
            }
            workbook.write(out);
        }
    }
}
