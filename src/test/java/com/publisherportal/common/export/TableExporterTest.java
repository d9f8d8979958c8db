package com.publisherportal.common.export;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared CSV/XLSX exporter: formats, types, formula neutralisation, sheet split, streaming. */
class TableExporterTest {

    record Item(long id, String text, BigDecimal amount, Instant at, LocalDate day, Boolean flag) {
    }

    static final List<ExportColumn<Item>> COLUMNS = new ColumnModel<>(
            new ExportColumn<Item>("id", "Id", "id", ColumnType.INTEGER, 6, Item::id),
            new ExportColumn<Item>("text", "Text", "text", ColumnType.TEXT, 20, Item::text),
            new ExportColumn<Item>("amount", "Amount", "amount", ColumnType.DECIMAL, 10, Item::amount),
            new ExportColumn<Item>("at", "At", "at", ColumnType.TIMESTAMP, 20, Item::at),
            new ExportColumn<Item>("day", "Day", "day", ColumnType.DATE, 10, Item::day),
            new ExportColumn<Item>("flag", "Flag", "flag", ColumnType.BOOLEAN, 5, Item::flag)).all();

    static final TableExporter EXPORTER = new TableExporter(new SimpleMeterRegistry());
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant AT = Instant.parse("2026-03-29T00:30:00Z");

    static byte[] export(ExportFormat format, List<Item> items, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORTER.<Item>export(format, COLUMNS, c -> items.forEach(c), out, options);
        return out.toByteArray();
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "=HYPERLINK(\"http://x\")"})
    void textThatWouldRunAsAFormulaIsNeutralisedInCsvAndXlsx(String dangerous) throws IOException {
        List<Item> items = List.of(new Item(1, dangerous, new BigDecimal("-5.25"), AT, null, null));
        ExportOptions options = ExportOptions.of(PARIS, "Data");

        List<CSVRecord> records = csv(export(ExportFormat.CSV, items, options));
        assertThat(records.get(1).get(1)).isEqualTo("'" + dangerous);
        // A real negative number is left alone.
        assertThat(records.get(1).get(2)).isEqualTo("-5.25");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX, items, options)))) {
            Cell text = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(text.getCellType()).isEqualTo(CellType.STRING);
            assertThat(text.getStringCellValue()).isEqualTo(dangerous);
            // Marked as text: Excel keeps it text even when the cell is edited.
            assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
            Cell amount = workbook.getSheetAt(0).getRow(1).getCell(2);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(-5.25);
        }
    }

    @Test
    void harmlessTextIsWrittenAsIs() throws IOException {
        List<Item> items = List.of(new Item(1, "Zoë, \"quoted\"\nsecond line", null, null, null, null),
                new Item(2, "a=b", null, null, null, null));
        List<CSVRecord> records = csv(export(ExportFormat.CSV, items, ExportOptions.of(PARIS, "Data")));
        assertThat(records.get(1).get(1)).isEqualTo("Zoë, \"quoted\"\nsecond line");
        assertThat(records.get(2).get(1)).isEqualTo("a=b");
        assertThat(FormulaGuard.neutralise("")).isEmpty();
        assertThat(FormulaGuard.neutralise(null)).isNull();
    }

    @Test
    void csvIsRfc4180WithCrlfAndTypedValues() throws IOException {
        List<Item> items = List.of(new Item(7, "x", new BigDecimal("1234.50"), AT, LocalDate.of(2024, 2, 29), true));
        String text = new String(export(ExportFormat.CSV, items, ExportOptions.of(PARIS, "Data")), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFFId,Text,Amount,At,Day,Flag\r\n7,x,1234.50,2026-03-29 01:30:00,2024-02-29,TRUE\r\n");
    }

    @Test
    void xlsxHasRealTypesABoldFrozenHeaderAnAutofilterWidthsAndSharedStrings() throws IOException {
        List<Item> items = List.of(new Item(7, "x", new BigDecimal("1234.5"), AT, LocalDate.of(2024, 2, 29), true),
                new Item(8, null, null, null, null, false));
        byte[] bytes = export(ExportFormat.XLSX, items, ExportOptions.of(PARIS, "Data"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Data");
            var header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Id");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(5));
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 30));
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(row.getCell(5).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(1)).isNull();
            // After empty cells the next one still lands in its own column.
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(8);
            assertThat(sheet.getRow(2).getCell(5).getBooleanCellValue()).isFalse();
            assertThat(sheet.getRow(2).getLastCellNum()).isEqualTo((short) 6);
        }
        // Texts are shared: each is written once in the table, and its cells name it by number.
        String sheetXml = zipEntry(bytes, "xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("t=\"s\"").doesNotContain("inlineStr");
        // A cell names its place only after an empty one; otherwise it follows the previous cell.
        assertThat(sheetXml).contains("<row r=\"3\"><c s=\"").contains("<c r=\"F3\" t=\"b\"><v>0</v></c></row>")
                .doesNotContain("r=\"A2\"").doesNotContain("r=\"B2\"");
        assertThat(zipEntry(bytes, "xl/sharedStrings.xml")).contains("count=\"7\" uniqueCount=\"7\"")
                .contains("<si><t>Id</t></si>").contains("<si><t>x</t></si>");
    }

    /** The table stops growing at its bound: later new texts, and long ones, are written in their cells. */
    @Test
    void sharedStringsAreBoundedAndTextsBeyondStayInTheirCells() throws IOException {
        // Enough different texts to fill the table and go past it.
        int rows = XlsxTableWriter.SharedStrings.MAX_STRINGS + 1000;
        String longText = " " + "l".repeat(XlsxTableWriter.SharedStrings.MAX_LENGTH) + " ";
        IntFunction<String> text = r -> r % 1000 == 0 ? longText : r % 1000 == 1 ? " spaced " : "text " + r;
        List<Item> items = IntStream.rangeClosed(1, rows).mapToObj(i -> new Item(i, text.apply(i), null, null, null, null)).toList();
        byte[] bytes = export(ExportFormat.XLSX, items, ExportOptions.of(PARIS, "Data"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= rows; r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).as("row %d", r).isEqualTo(text.apply(r));
            }
        }
        String last = text.apply(rows);
        assertThat(zipEntry(bytes, "xl/worksheets/sheet1.xml")).contains("<t xml:space=\"preserve\">" + longText + "</t>")
                .contains("<is><t>" + last + "</t></is>");
        assertThat(zipEntry(bytes, "xl/sharedStrings.xml"))
                .contains("uniqueCount=\"" + XlsxTableWriter.SharedStrings.MAX_STRINGS + "\"")
                .contains("<si><t xml:space=\"preserve\"> spaced </t></si>").doesNotContain(last + "<");
    }

    @Test
    void xlsxKeepsAnyTextAsTypedAndDatesOnExcelsCalendar() throws IOException {
        String longText = "y".repeat(XlsxTableWriter.MAX_CELL_TEXT + 10);
        List<String> texts = List.of("<b> & \"q\" </b>", "  padded  ", "line1\nline2\r\nline3",
                "Zoë 中文 😀", "_x0041_ stays", "bell\u0007 dropped", longText);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new Item(i, texts.get(i), null, null, null, null));
        }
        items.add(new Item(100, null, null, null, LocalDate.of(1900, 2, 15), null));
        items.add(new Item(101, null, null, null, LocalDate.of(1899, 5, 1), null));
        items.add(new Item(102, null, null, Instant.parse("2026-07-01T23:59:59Z"), LocalDate.of(1900, 3, 1), null));
        byte[] bytes = export(ExportFormat.XLSX, items, ExportOptions.of(ZoneId.of("UTC"), "Data"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < texts.size(); i++) {
                String expected = texts.get(i).replace("\u0007", "");
                assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue())
                        .isEqualTo(expected.length() > XlsxTableWriter.MAX_CELL_TEXT
                                ? expected.substring(0, XlsxTableWriter.MAX_CELL_TEXT) : expected);
            }
            int dates = texts.size() + 1;
            assertThat(sheet.getRow(dates).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1900, 2, 15));
            // No Excel serial exists before 1900: the date is written as text rather than as a wrong day.
            assertThat(sheet.getRow(dates + 1).getCell(4).getStringCellValue()).isEqualTo("1899-05-01");
            assertThat(sheet.getRow(dates + 2).getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 7, 1, 23, 59, 59));
            assertThat(sheet.getRow(dates + 2).getCell(4).getNumericCellValue()).isEqualTo(61);
            // The autofilter has the defined name Excel expects beside it.
            assertThat(workbook.getName("_xlnm._FilterDatabase")).isNotNull();
        }
    }

    @Test
    void rowsBeyondTheSheetLimitContinueOnFurtherSheetsUnderTheSameHeader() throws IOException {
        List<Item> items = IntStream.rangeClosed(1, 10).mapToObj(i -> new Item(i, "row " + i, null, null, null, null)).toList();
        // Four rows per sheet: the header and three data rows.
        byte[] bytes = export(ExportFormat.XLSX, items, ExportOptions.of(PARIS, "Leads").withMaxRowsPerSheet(4));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            assertThat(workbook.getSheetName(1)).isEqualTo("Leads (2)");
            List<Long> ids = new ArrayList<>();
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Text");
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(3);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
                }
            }
            assertThat(ids).containsExactlyElementsOf(IntStream.rangeClosed(1, 10).mapToObj(i -> (long) i).toList());
            assertThat(((XSSFSheet) workbook.getSheetAt(3)).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F2");
        }
        assertThat(ExportOptions.of(PARIS, "x").maxRowsPerSheet()).isEqualTo(1_048_576);
    }

    /** What an operator reads: each export timed under its format and outcome, and the rows of the completed ones. */
    @Test
    void everyExportIsTimedByFormatAndOutcomeAndCompletedOnesCountTheirRows() throws IOException {
        MeterRegistry meters = new SimpleMeterRegistry();
        TableExporter exporter = new TableExporter(meters);
        List<Item> items = IntStream.rangeClosed(1, 1500).mapToObj(i -> new Item(i, "r", null, null, null, null)).toList();

        assertThat(exporter.<Item>export(ExportFormat.CSV, COLUMNS, c -> items.forEach(c), new ByteArrayOutputStream(),
                ExportOptions.of(PARIS, "x"))).isEqualTo(1500);
        assertThat(exporter.<Item>export(ExportFormat.XLSX, COLUMNS, c -> items.subList(0, 3).forEach(c),
                new ByteArrayOutputStream(), ExportOptions.of(PARIS, "x"))).isEqualTo(3);
        ExportOptions cancelling = ExportOptions.of(PARIS, "x").withProgress(n -> { }, () -> true);
        assertThatThrownBy(() -> exporter.<Item>export(ExportFormat.CSV, COLUMNS, c -> items.forEach(c),
                new ByteArrayOutputStream(), cancelling)).isInstanceOf(ExportCancelledException.class);
        assertThatThrownBy(() -> exporter.<Item>export(ExportFormat.XLSX, COLUMNS, c -> {
            throw new IllegalStateException("the database went away");
        }, new ByteArrayOutputStream(), ExportOptions.of(PARIS, "x"))).isInstanceOf(IllegalStateException.class);

        assertThat(exports(meters, "csv", "completed")).isEqualTo(1);
        assertThat(exports(meters, "xlsx", "completed")).isEqualTo(1);
        assertThat(exports(meters, "csv", "cancelled")).isEqualTo(1);
        assertThat(exports(meters, "xlsx", "failed")).isEqualTo(1);
        assertThat(exports(meters, "csv", "failed") + exports(meters, "xlsx", "cancelled")).isZero();
        assertThat(meters.get("portal.exports.rows").tag("format", "csv").summary().totalAmount()).isEqualTo(1500);
        assertThat(meters.get("portal.exports.rows").tag("format", "csv").summary().count()).isEqualTo(1);
        assertThat(meters.get("portal.exports.rows").tag("format", "xlsx").summary().totalAmount()).isEqualTo(3);
    }

    static long exports(MeterRegistry meters, String format, String outcome) {
        return meters.get("portal.exports").tag("format", format).tag("outcome", outcome).timer().count();
    }

    @Test
    void progressIsReportedAndAnExportCanBeCancelled() {
        List<Item> items = IntStream.rangeClosed(1, 2500).mapToObj(i -> new Item(i, "r", null, null, null, null)).toList();
        List<Long> progress = new ArrayList<>();
        ExportOptions options = ExportOptions.of(PARIS, "x").withProgress(progress::add, () -> progress.size() >= 2);
        assertThatThrownBy(() -> EXPORTER.<Item>export(ExportFormat.CSV, COLUMNS, c -> items.forEach(c),
                new ByteArrayOutputStream(), options)).isInstanceOf(ExportCancelledException.class);
        assertThat(progress).containsExactly(1000L, 2000L);
    }

    /** Many rows, so the XML passes through every buffer that goes round between the two threads. */
    @Test
    void aLargeXlsxDeflatedOnTheSecondThreadHoldsEveryRowInOrder() throws IOException {
        String wide = "é".repeat(40_000);
        List<Item> items = IntStream.rangeClosed(1, 30_000)
                .mapToObj(i -> new Item(i, i == 15_000 ? wide : "row " + i, BigDecimal.valueOf(i, 2), AT, null, null)).toList();
        byte[] bytes = export(ExportFormat.XLSX, items, ExportOptions.of(PARIS, "Usage"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(30_000);
            for (int r = 1; r <= 30_000; r += 997) {
                assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(r);
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("row " + r);
            }
            assertThat(sheet.getRow(15_000).getCell(1).getStringCellValue()).hasSize(XlsxTableWriter.MAX_CELL_TEXT);
            assertThat(sheet.getRow(30_000).getCell(2).getNumericCellValue()).isEqualTo(300.0);
        }
        assertThat(deflatingThreads()).isZero();
    }

    /** A client that goes away mid-download: the export fails with its error and leaves no thread behind. */
    @Test
    void anXlsxWhoseClientGoesAwayFailsWithTheErrorAndStopsItsSecondThread() {
        List<Item> items = IntStream.rangeClosed(1, 50_000).mapToObj(i -> new Item(i, "row " + i, null, AT, null, null)).toList();
        java.io.OutputStream goneAway = new java.io.OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100_000) {
                    throw new IOException("Connection reset by peer");
                }
            }
        };
        assertThatThrownBy(() -> EXPORTER.<Item>export(ExportFormat.XLSX, COLUMNS, c -> items.forEach(c), goneAway,
                ExportOptions.of(PARIS, "x"))).isInstanceOf(IOException.class).hasMessageContaining("Connection reset");
        assertThat(deflatingThreads()).isZero();
    }

    /** Cancelled by the user or failed on the database's side: the second thread stops too. */
    @Test
    void aCancelledOrFailedXlsxStopsItsSecondThread() {
        List<Item> items = IntStream.rangeClosed(1, 5000).mapToObj(i -> new Item(i, "r", null, null, null, null)).toList();
        List<Long> progress = new ArrayList<>();
        ExportOptions cancelling = ExportOptions.of(PARIS, "x").withProgress(progress::add, () -> progress.size() >= 3);
        assertThatThrownBy(() -> EXPORTER.<Item>export(ExportFormat.XLSX, COLUMNS, c -> items.forEach(c),
                new ByteArrayOutputStream(), cancelling)).isInstanceOf(ExportCancelledException.class);
        assertThatThrownBy(() -> EXPORTER.<Item>export(ExportFormat.XLSX, COLUMNS, c -> {
            items.forEach(c);
            throw new IllegalStateException("the database went away");
        }, new ByteArrayOutputStream(), ExportOptions.of(PARIS, "x"))).isInstanceOf(IllegalStateException.class);
        assertThat(deflatingThreads()).isZero();
    }

    private static long deflatingThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("export-") && t.isAlive()).count();
    }

    @Test
    void theOutputStreamIsLeftOpenForTheCaller() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed by the exporter");
            }
        };
        EXPORTER.<Item>export(ExportFormat.CSV, COLUMNS, c -> { }, out, ExportOptions.of(PARIS, "x"));
        EXPORTER.<Item>export(ExportFormat.XLSX, COLUMNS, c -> { }, out, ExportOptions.of(PARIS, "x"));
        assertThat(out.size()).isPositive();
    }

    @Test
    void aColumnModelSelectsColumnsInTheGivenOrder() {
        ColumnModel<Item> model = new ColumnModel<>(COLUMNS.toArray(ExportColumn[]::new));
        assertThat(model.select(List.of("flag", "id", "unknown"))).extracting(ExportColumn::key).containsExactly("flag", "id");
        assertThat(model.select(List.of())).hasSize(6);
        assertThat(ExportFormat.fromAccept("text/csv, */*")).contains(ExportFormat.CSV);
        assertThat(ExportFormat.fromAccept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .contains(ExportFormat.XLSX);
        assertThat(ExportFormat.fromParameter("XLSX")).contains(ExportFormat.XLSX);
    }

    private static String zipEntry(byte[] bytes, String name) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                ZipEntry entry = zip.getEntry(name);
                return entry == null ? null : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
