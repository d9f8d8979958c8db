package com.publisherportal.common.export;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * XLSX written as it streams: POI builds the workbook's scaffold (workbook, styles, sheet list,
 * the autofilters' defined names, document properties), while each sheet's rows go straight into
 * the zip as SpreadsheetML, so nothing grows with the data: no row objects, no temporary file,
 * and a shared-strings table with a bound ({@link SharedStrings}). Dates and numbers are real
 * cells, the header is bold and frozen with an autofilter, and a sheet that reaches its row limit
 * continues on the next one under the same header. The sheets are written first and the scaffold last;
 * the order of a zip's entries means nothing to spreadsheet programs. The sheets' XML is deflated
 * on a second thread ({@link BackgroundZip}) while this one reads and writes rows.
 */
final class XlsxTableWriter implements TableWriter {

    /** Excel's limit of characters in a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Days from Excel's day 0 (1899-12-30, counting its fictitious 1900-02-29) to 1970-01-01. */
    private static final long EXCEL_EPOCH_OFFSET = 25_569;
    private static final LocalDate FIRST_PLAIN_SERIAL = LocalDate.of(1900, 3, 1);

    private final ZipOutputStream zip;
    /** The sheets' XML is deflated on a second thread while this one reads rows. */
    private final BackgroundZip sheets;
    private final ExportOptions options;
    private final XSSFWorkbook scaffold = new XSSFWorkbook();
    private final SheetXml xml;
    private final int headerStyle;
    private final int timestampStyle;
    private final int dateStyle;
    private final int integerStyle;
    private final int guardedTextStyle;
    private final Set<String> streamedParts = new HashSet<>();
    private final SharedStrings sharedStrings = new SharedStrings();
    private List<? extends ExportColumn<?>> columns;
    private ColumnType[] types;
    /** Per column, the start of a cell's reference ("AB") as bytes. */
    private byte[][] letters;
    private XSSFSheet sheet;
    private int rowIndex;
    /** The column a cell without a reference lands in: the one after the row's previous cell. */
    private int nextColumn;

    XlsxTableWriter(OutputStream out, ExportOptions options) {
        this.options = options;
        this.zip = new ZipOutputStream(TableWriter.shielded(out));
        // Sheet XML is repetitive: the fastest level still shrinks it about tenfold.
        zip.setLevel(Deflater.BEST_SPEED);
        XSSFFont bold = scaffold.createFont();
        bold.setBold(true);
        XSSFCellStyle header = scaffold.createCellStyle();
        header.setFont(bold);
        headerStyle = header.getIndex();
        var format = scaffold.createDataFormat();
        timestampStyle = style(format.getFormat("yyyy-mm-dd hh:mm:ss"));
        dateStyle = style(format.getFormat("yyyy-mm-dd"));
        integerStyle = style(format.getFormat("0"));
        // Text that looks like a formula stays as typed, and Excel keeps it text even when edited.
        XSSFCellStyle guarded = scaffold.createCellStyle();
        guarded.setQuotePrefixed(true);
        guardedTextStyle = guarded.getIndex();
        // Last: its thread runs until close().
        this.sheets = new BackgroundZip(zip);
        this.xml = new SheetXml(sheets);
    }

    private int style(short dataFormat) {
        XSSFCellStyle style = scaffold.createCellStyle();
        style.setDataFormat(dataFormat);
        return style.getIndex();
    }

    @Override
    public void header(List<? extends ExportColumn<?>> columns) throws IOException {
        this.columns = columns;
        this.types = columns.stream().map(ExportColumn::type).toArray(ColumnType[]::new);
        this.letters = new byte[columns.size()][];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = CellReference.convertNumToColString(i).getBytes(StandardCharsets.US_ASCII);
        }
        newSheet();
    }

    private void newSheet() throws IOException {
        if (sheet != null) {
            closeSheet();
        }
        int number = scaffold.getNumberOfSheets() + 1;
        String name = number == 1 ? options.sheetName() : options.sheetName() + " (" + number + ")";
        sheet = scaffold.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        String part = sheet.getPackagePart().getPartName().getName().substring(1);
        streamedParts.add(part);
        sheets.putNextEntry(part);
        xml.ascii("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheetViews><sheetView workbookViewId="0""");
        xml.ascii(number == 1 ? "\" tabSelected=\"1\">" : "\">");
        // The header row stays in view while scrolling.
        xml.ascii("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < columns.size(); i++) {
            ExportColumn<?> column = columns.get(i);
            int chars = Math.min(Math.max(column.width(), column.exportName().length() + 3) + 2, 100);
            xml.ascii("<col min=\"");
            xml.number(i + 1);
            xml.ascii("\" max=\"");
            xml.number(i + 1);
            xml.ascii("\" width=\"");
            xml.number(chars);
            xml.ascii("\" customWidth=\"1\"/>");
        }
        xml.ascii("</cols><sheetData>");
        rowIndex = 0;
        startRow();
        for (int i = 0; i < columns.size(); i++) {
            text(i, columns.get(i).exportName(), headerStyle);
        }
        xml.ascii("</row>");
    }

    private void closeSheet() throws IOException {
        CellRangeAddress range = new CellRangeAddress(0, rowIndex - 1, 0, columns.size() - 1);
        xml.ascii("</sheetData><autoFilter ref=\"");
        xml.ascii(range.formatAsString());
        xml.ascii("\"/></worksheet>");
        xml.flush();
        sheets.closeEntry();
        // Adds the autofilter's defined name to the scaffold's workbook part.
        sheet.setAutoFilter(range);
    }

    /** Opens row {@code rowIndex + 1} (rows are 1-based in the XML). */
    private void startRow() throws IOException {
        rowIndex++;
        nextColumn = 0;
        xml.ascii("<row r=\"");
        xml.number(rowIndex);
        xml.ascii("\">");
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (rowIndex >= options.maxRowsPerSheet()) {
            newSheet();
        }
        startRow();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            switch (types[i]) {
                case TEXT -> {
                    String text = value.toString();
                    text(i, text, FormulaGuard.isDangerous(text) ? guardedTextStyle : 0);
                }
                case INTEGER -> {
                    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
                        cellStart(i, integerStyle);
                        xml.number(((Number) value).longValue());
                        xml.ascii("</v></c>");
                    } else {
                        decimal(i, (Number) value, integerStyle);
                    }
                }
                case DECIMAL -> decimal(i, (Number) value, 0);
                case TIMESTAMP -> {
                    LocalDateTime time = LocalDateTime.ofInstant((Instant) value, options.zone());
                    serial(i, time.toLocalDate(), time.toLocalTime().toNanoOfDay() / 86_400_000_000_000d, timestampStyle);
                }
                case DATE -> serial(i, (LocalDate) value, 0, dateStyle);
                case BOOLEAN -> {
                    openCell(i, 0);
                    xml.ascii(Boolean.TRUE.equals(value) ? " t=\"b\"><v>1</v></c>" : " t=\"b\"><v>0</v></c>");
                }
            }
        }
        xml.ascii("</row>");
    }

    /**
     * A cell's start up to its attributes: {@code <c s="3"}, or {@code <c r="B7" s="3"} after an
     * empty cell. A cell's reference is optional in SpreadsheetML (ECMA-376 §18.3.1.4): without
     * it the cell follows the row's previous one, as Excel, LibreOffice and POI read it. Leaving
     * it out makes the sheet's XML about a third smaller, and so faster to write and deflate.
     */
    private void openCell(int column, int style) throws IOException {
        if (column == nextColumn) {
            xml.ascii("<c");
        } else {
            xml.ascii("<c r=\"");
            xml.bytes(letters[column]);
            xml.number(rowIndex);
            xml.ascii("\"");
        }
        nextColumn = column + 1;
        if (style != 0) {
            xml.ascii(" s=\"");
            xml.number(style);
            xml.ascii("\"");
        }
    }

    /** A numeric cell up to its value: {@code <c r="B7" s="3"><v>}. */
    private void cellStart(int column, int style) throws IOException {
        openCell(column, style);
        xml.ascii("><v>");
    }

    private void text(int column, String text, int style) throws IOException {
        openCell(column, style);
        String cell = text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text;
        int shared = sharedStrings.indexOf(cell);
        if (shared >= 0) {
            xml.ascii(" t=\"s\"><v>");
            xml.number(shared);
            xml.ascii("</v></c>");
            return;
        }
        xml.ascii(padded(cell) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>");
        xml.text(cell);
        xml.ascii("</t></is></c>");
    }

    /** Text that starts or ends with a space, which XML keeps only when told to. */
    private static boolean padded(String text) {
        return !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    private void decimal(int column, Number value, int style) throws IOException {
        String digits;
        if (value instanceof BigDecimal decimal) {
            digits = decimal.toPlainString();
        } else {
            double d = value.doubleValue();
            if (!Double.isFinite(d)) {
                return;
            }
            digits = Double.toString(d);
        }
        cellStart(column, style);
        xml.ascii(digits);
        xml.ascii("</v></c>");
    }

    /** A date (and time of day, as a fraction) as Excel's serial day number. */
    private void serial(int column, LocalDate date, double fraction, int style) throws IOException {
        if (date.isBefore(FIRST_PLAIN_SERIAL)) {
            // Before March 1900 Excel's fictitious 29 February shifts the count; before 1900 there is no serial.
            double excel = DateUtil.getExcelDate(date.atStartOfDay()) + fraction;
            if (excel < 0) {
                text(column, date.toString(), 0);
                return;
            }
            cellStart(column, style);
            xml.ascii(Double.toString(excel));
        } else {
            cellStart(column, style);
            long day = date.toEpochDay() + EXCEL_EPOCH_OFFSET;
            if (fraction == 0) {
                xml.number(day);
            } else {
                xml.ascii(Double.toString(day + fraction));
            }
        }
        xml.ascii("</v></c>");
    }

    @Override
    public void finish() throws IOException {
        closeSheet();
        if (options.definitions() != null) {
            definitions(options.definitions());
        }
        sharedStringsPart();
        sheets.drain();
        // The scaffold holds a few kilobytes: the workbook, styles, properties and empty sheets,
        // whose parts are left out in favour of the streamed ones.
        ByteArrayOutputStream parts = new ByteArrayOutputStream();
        scaffold.write(parts);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(parts.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!streamedParts.contains(entry.getName())) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
        }
        zip.finish();
        zip.flush();
    }

    /**
     * The definitions sheet, after the data: a handful of text rows streamed like the data's, with
     * a bold header and wide columns, no frozen pane or filter (it is read, not sorted).
     */
    private void definitions(DefinitionsSheet definitions) throws IOException {
        String name = definitions.sheetName();
        sheet = scaffold.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        String part = sheet.getPackagePart().getPartName().getName().substring(1);
        streamedParts.add(part);
        sheets.putNextEntry(part);
        int width = definitions.headers().size();
        letters = new byte[width][];
        for (int i = 0; i < width; i++) {
            letters[i] = CellReference.convertNumToColString(i).getBytes(StandardCharsets.US_ASCII);
        }
        xml.ascii("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheetFormatPr defaultRowHeight="15"/><cols>""");
        for (int i = 0; i < width; i++) {
            xml.ascii("<col min=\"");
            xml.number(i + 1);
            xml.ascii("\" max=\"");
            xml.number(i + 1);
            // The last column holds the definitions' sentences.
            xml.ascii(i == width - 1 ? "\" width=\"100\" customWidth=\"1\"/>" : "\" width=\"32\" customWidth=\"1\"/>");
        }
        xml.ascii("</cols><sheetData>");
        rowIndex = 0;
        startRow();
        for (int i = 0; i < width; i++) {
            text(i, definitions.headers().get(i), headerStyle);
        }
        xml.ascii("</row>");
        for (List<String> row : definitions.rows()) {
            startRow();
            for (int i = 0; i < width; i++) {
                String cell = row.get(i);
                if (cell != null) {
                    text(i, cell, FormulaGuard.isDangerous(cell) ? guardedTextStyle : 0);
                }
            }
            xml.ascii("</row>");
        }
        xml.ascii("</sheetData></worksheet>");
        xml.flush();
        sheets.closeEntry();
    }

    /** The shared strings, after every sheet that names them, in place of the scaffold's empty table. */
    private void sharedStringsPart() throws IOException {
        String part = scaffold.getSharedStringSource().getPackagePart().getPartName().getName().substring(1);
        streamedParts.add(part);
        sheets.putNextEntry(part);
        xml.ascii("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count=\"""");
        xml.number(sharedStrings.references);
        xml.ascii("\" uniqueCount=\"");
        xml.number(sharedStrings.strings.size());
        xml.ascii("\">");
        for (String text : sharedStrings.strings.keySet()) {
            xml.ascii(padded(text) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            xml.text(text);
            xml.ascii("</t></si>");
        }
        xml.ascii("</sst>");
        xml.flush();
        sheets.closeEntry();
    }

    @Override
    public void close() throws IOException {
        sheets.close();
        scaffold.close();
    }

    /**
     * The workbook's shared strings, up to a bound. A value repeated down the rows (an offer, a
     * plan, a licence type, a subscription) is written once and each cell names it by number, which
     * makes the sheet's XML much smaller, and so faster to write, deflate and download. Texts longer
     * than {@link #MAX_LENGTH} (rarely repeated) and every new text once the table holds
     * {@link #MAX_STRINGS} stay inline in their cells, so the table holds a few megabytes at most
     * whatever the rows. (Deciding per column from its first rows was tried: a subscription seen
     * once a day looks unique in a day's rows and repeats over the year.)
     */
    static final class SharedStrings {
        static final int MAX_STRINGS = 1 << 15;
        static final int MAX_LENGTH = 100;
        /** Each text with its number; the key set, in order, is the table. */
        private final LinkedHashMap<String, Integer> strings = new LinkedHashMap<>();
        /** Cells that name a shared string: the table's {@code count}. */
        private long references;

        /** The text's number in the table, added if there is room; -1 for a text to write inline. */
        int indexOf(String text) {
            if (text.length() > MAX_LENGTH) {
                return -1;
            }
            Integer number = strings.get(text);
            if (number == null) {
                if (strings.size() >= MAX_STRINGS) {
                    return -1;
                }
                number = strings.size();
                strings.put(text, number);
            }
            references++;
            return number;
        }
    }

    /**
     * SpreadsheetML into a byte buffer: markup is ASCII, text is escaped for XML and encoded as
     * UTF-8 by hand, numbers are written without building strings.
     */
    private static final class SheetXml {
        private final BackgroundZip out;
        private byte[] buffer;
        private int position;

        SheetXml(BackgroundZip out) {
            this.out = out;
            this.buffer = out.firstBuffer();
        }

        private void room(int bytes) throws IOException {
            if (position + bytes > buffer.length) {
                flush();
            }
        }

        void flush() throws IOException {
            if (position > 0) {
                buffer = out.handOff(buffer, position);
                position = 0;
            }
        }

        void bytes(byte[] bytes) throws IOException {
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, position, bytes.length);
            position += bytes.length;
        }

        /** Markup and digits: ASCII only. */
        void ascii(String s) throws IOException {
            int length = s.length();
            if (length > buffer.length) {
                for (int i = 0; i < length; i++) {
                    room(1);
                    buffer[position++] = (byte) s.charAt(i);
                }
                return;
            }
            room(length);
            for (int i = 0; i < length; i++) {
                buffer[position++] = (byte) s.charAt(i);
            }
        }

        void number(long value) throws IOException {
            if (value < 0) {
                if (value == Long.MIN_VALUE) {
                    ascii(Long.toString(value));
                    return;
                }
                room(1);
                buffer[position++] = '-';
                value = -value;
            }
            room(20);
            int start = position;
            do {
                buffer[position++] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value != 0);
            for (int i = start, j = position - 1; i < j; i++, j--) {
                byte b = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = b;
            }
        }

        /** Cell text: XML-escaped, characters XML cannot hold dropped, UTF-8 encoded. */
        void text(String s) throws IOException {
            if (s.contains("_x")) {
                // Excel reads "_xHHHH_" as an escaped character; its own escape keeps the text as typed.
                s = s.replaceAll("(?i)(_x[0-9a-f]{4}_)", "_x005F$1");
            }
            int length = s.length();
            for (int i = 0; i < length; i++) {
                room(8);
                char c = s.charAt(i);
                if (c < 0x80) {
                    switch (c) {
                        case '<' -> put("&lt;");
                        case '>' -> put("&gt;");
                        case '&' -> put("&amp;");
                        case '"' -> put("&quot;");
                        case '\r' -> put("&#13;");
                        case '\t', '\n' -> buffer[position++] = (byte) c;
                        default -> {
                            if (c >= 0x20) {
                                buffer[position++] = (byte) c;
                            }
                        }
                    }
                } else if (c < 0x800) {
                    buffer[position++] = (byte) (0xC0 | c >> 6);
                    buffer[position++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int code = Character.toCodePoint(c, s.charAt(++i));
                    buffer[position++] = (byte) (0xF0 | code >> 18);
                    buffer[position++] = (byte) (0x80 | code >> 12 & 0x3F);
                    buffer[position++] = (byte) (0x80 | code >> 6 & 0x3F);
                    buffer[position++] = (byte) (0x80 | code & 0x3F);
                } else if (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                    buffer[position++] = '?';
                } else {
                    buffer[position++] = (byte) (0xE0 | c >> 12);
                    buffer[position++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buffer[position++] = (byte) (0x80 | c & 0x3F);
                }
            }
        }

        private void put(String entity) {
            for (int i = 0; i < entity.length(); i++) {
                buffer[position++] = (byte) entity.charAt(i);
            }
        }
    }
}
