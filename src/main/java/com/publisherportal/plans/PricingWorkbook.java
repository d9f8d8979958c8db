package com.publisherportal.plans;

import com.publisherportal.common.Translatable;
import com.publisherportal.common.export.FormulaGuard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The Excel round trip of one plan's prices: {@link #write} exports a {@link PriceTable} as an
 * .xlsx workbook (markets × price points, the USD base and the converted prices read-only and
 * grey, availability and "your price" editable and white, the sheet protected without a
 * password), and {@link #read} compares an edited workbook with the plan's current prices and
 * returns either every change or every wrong cell, never part of both.
 *
 * <p>Decisions an importer relies on:
 * <ul>
 * <li>A formula in a cell is refused, whatever its cached value: the value a spreadsheet cached
 *     may be stale or missing, and a price must be what the publisher typed.</li>
 * <li>A price is a numeric cell, or a text cell holding digits with at most one decimal
 *     separator, a point or a comma ("1234.5", "1234,5", as LibreOffice in French may save it);
 *     spaces inside are ignored (French thousands grouping). Anything else is not a number.</li>
 * <li>Availability is a yes/no text in English or French (yes, no, oui, non, true, false, vrai,
 *     faux, 1, 0) or a boolean cell.</li>
 * <li>Read-only cells (market code, currency, taxes remitted, USD base, converted) must still hold
 *     the plan's current values; the market name is not compared, as it is display text in the
 *     exporter's language.</li>
 * <li>A very hidden sheet holds the plan id and a fingerprint of the price points: another plan's
 *     workbook, or one exported before the points changed, is refused.</li>
 * <li>The upload is capped at {@link #MAX_BYTES}, must be a zip by content, and its parts may
 *     not inflate beyond {@link #MAX_INFLATED_BYTES} in all (besides POI's own zip-bomb ratio check).</li>
 * </ul>
 * Pure: no database, no Spring; the caller passes the translated texts.
 */
public final class PricingWorkbook {

    /** Largest upload read; the caller caps the upload too. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Largest total size of the workbook's parts once inflated: a plan's prices need well under 1 MB. */
    static final long MAX_INFLATED_BYTES = 50L * 1024 * 1024;
    /** More errors than this are not listed one by one. */
    static final int MAX_ERRORS = 100;

    static final String IDENTITY_SHEET = "pricing-identity";
    static final String FORMAT = "pricing-workbook-1";

    // Layout of the prices sheet (0-based).
    static final int TITLE_ROW = 0;
    static final int OFFER_ROW = 1;
    static final int DATE_ROW = 2;
    static final int INSTRUCTIONS_ROW = 3;
    static final int POINT_ROW = 5;
    static final int HEADER_ROW = 6;
    static final int FIRST_DATA_ROW = 7;
    static final int CODE_COLUMN = 0;
    static final int NAME_COLUMN = 1;
    static final int CURRENCY_COLUMN = 2;
    static final int TAX_COLUMN = 3;
    static final int AVAILABLE_COLUMN = 4;
    static final int FIRST_POINT_COLUMN = 5;

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Set<String> YES = Set.of("yes", "y", "oui", "true", "vrai", "1");
    private static final Set<String> NO = Set.of("no", "n", "non", "false", "faux", "0");
    /** Prices of more integer digits than this are refused as too large. */
    private static final int MAX_INTEGER_DIGITS = 10;

    private PricingWorkbook() {
    }

    /** The column of a price point's USD base; converted and "your price" follow it. */
    static int usdColumn(int pointIndex) {
        return FIRST_POINT_COLUMN + 3 * pointIndex;
    }

    // ------------------------------------------------------------------ results

    /** A wrong cell (or row, or sheet): where Excel shows it, and why, as a message key and its arguments. */
    public record CellError(String sheet, Integer row, String column, String messageKey, List<Object> args) {
        public CellError {
            Objects.requireNonNull(sheet, "sheet");
            Objects.requireNonNull(messageKey, "messageKey");
            args = List.copyOf(args);
        }

        /** "Prices!H12", or the sheet alone when the error is not at a cell. */
        public String reference() {
            return sheet + (row == null ? "" : "!" + (column == null ? "" : column) + row);
        }
    }

    /** A price the import changes: the effective price before and after, and the publisher's override before and after (null: none). */
    public record PriceEdit(Market market, PricePoint point, BigDecimal oldEffective, BigDecimal newEffective,
                            BigDecimal oldOverride, BigDecimal newOverride) {
        /** The publisher's own price is removed: the converted price applies again. */
        public boolean overrideCleared() {
            return oldOverride != null && newOverride == null;
        }
    }

    /** A market the plan is now sold in ({@code available}) or no longer sold in. */
    public record AvailabilityEdit(Market market, boolean available) {
    }

    /** What an import gives: the changes to apply, or the errors that stop all of them. */
    public sealed interface ImportResult permits Accepted, Refused {
    }

    /** Every change the workbook makes to the plan's prices and availability (both empty: nothing changed). */
    public record Accepted(List<PriceEdit> prices, List<AvailabilityEdit> availability) implements ImportResult {
        public Accepted {
            prices = List.copyOf(prices);
            availability = List.copyOf(availability);
        }

        public boolean isEmpty() {
            return prices.isEmpty() && availability.isEmpty();
        }
    }

    /** The workbook is wrong somewhere: nothing of it applies. */
    public record Refused(List<CellError> errors) implements ImportResult {
        public Refused {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("A refusal names at least one error");
            }
        }
    }

    /** A word of the workbook as an error argument, translated with the message ("yes", "no"). */
    record Word(String messageKey) implements Translatable {
    }

    // ------------------------------------------------------------------ write

    /** Writes the workbook with today's date (UTC). */
    public static void write(PriceTable table, PricingTexts texts, OutputStream out) throws IOException {
        write(table, texts, LocalDate.now(ZoneOffset.UTC), out);
    }

    public static void write(PriceTable table, PricingTexts texts, LocalDate exportedOn, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            String pricesName = sheetName(texts.text("pricing.sheet.prices"));
            XSSFSheet prices = workbook.createSheet(pricesName);
            writePrices(prices, table, texts, exportedOn, styles);
            XSSFSheet readMe = workbook.createSheet(sheetName(texts.text("pricing.sheet.readme")));
            writeReadMe(readMe, table, texts, styles);
            XSSFSheet identity = workbook.createSheet(IDENTITY_SHEET);
            String[][] identityCells = {{"format", FORMAT}, {"plan", table.planId()},
                    {"points", fingerprint(table.points())}, {"sheet", pricesName}};
            for (int i = 0; i < identityCells.length; i++) {
                Row row = identity.createRow(i);
                row.createCell(0).setCellValue(identityCells[i][0]);
                row.createCell(1).setCellValue(identityCells[i][1]);
            }
            identity.enableLocking();
            workbook.setSheetVisibility(workbook.getSheetIndex(identity), SheetVisibility.VERY_HIDDEN);
            workbook.setActiveSheet(0);
            // Sheets are neither renamed, added, deleted nor unhidden: the import finds them by name.
            workbook.lockStructure();
            workbook.write(out);
        }
    }

    private static void writePrices(XSSFSheet sheet, PriceTable table, PricingTexts texts, LocalDate exportedOn, Styles styles) {
        int lastColumn = usdColumn(table.points().size()) - 1;
        text(sheet.createRow(TITLE_ROW).createCell(0), texts.text("pricing.title", table.planName(), table.planId()), styles.title, styles);
        text(sheet.createRow(OFFER_ROW).createCell(0), texts.text("pricing.offer", table.offerName()), styles.plain, styles);
        Row dateRow = sheet.createRow(DATE_ROW);
        text(dateRow.createCell(0), texts.text("pricing.exported-on"), styles.plain, styles);
        Cell date = dateRow.createCell(1);
        date.setCellValue(exportedOn);
        date.setCellStyle(styles.date);
        Row instructions = sheet.createRow(INSTRUCTIONS_ROW);
        text(instructions.createCell(0), texts.text("pricing.instructions"), styles.bold, styles);

        Row pointRow = sheet.createRow(POINT_ROW);
        Row header = sheet.createRow(HEADER_ROW);
        String[] fixed = {texts.text("pricing.column.market"), texts.text("pricing.column.market-name"),
                texts.text("pricing.column.currency"), texts.text("pricing.column.tax-remitted"),
                texts.text("pricing.column.available")};
        for (int c = 0; c < fixed.length; c++) {
            pointRow.createCell(c).setCellStyle(styles.header);
            text(header.createCell(c), fixed[c], styles.header, styles);
        }
        for (int p = 0; p < table.points().size(); p++) {
            int first = usdColumn(p);
            text(pointRow.createCell(first), table.points().get(p).label(), styles.header, styles);
            pointRow.createCell(first + 1).setCellStyle(styles.header);
            pointRow.createCell(first + 2).setCellStyle(styles.header);
            sheet.addMergedRegion(new CellRangeAddress(POINT_ROW, POINT_ROW, first, first + 2));
            text(header.createCell(first), texts.text("pricing.column.usd"), styles.header, styles);
            text(header.createCell(first + 1), texts.text("pricing.column.converted"), styles.header, styles);
            text(header.createCell(first + 2), texts.text("pricing.column.price"), styles.header, styles);
        }

        String yes = texts.text("pricing.yes");
        String no = texts.text("pricing.no");
        int r = FIRST_DATA_ROW;
        for (PriceTable.MarketRow market : table.markets()) {
            Row row = sheet.createRow(r++);
            text(row.createCell(CODE_COLUMN), market.market().code(), styles.readOnlyText, styles);
            text(row.createCell(NAME_COLUMN), market.marketName(), styles.readOnlyText, styles);
            text(row.createCell(CURRENCY_COLUMN), market.market().currency(), styles.readOnlyText, styles);
            text(row.createCell(TAX_COLUMN), market.market().taxRemitted() ? yes : no, styles.readOnlyText, styles);
            text(row.createCell(AVAILABLE_COLUMN), market.available() ? yes : no, styles.editableText, styles);
            int digits = market.market().priceDigits();
            for (int p = 0; p < table.points().size(); p++) {
                int first = usdColumn(p);
                PriceTable.MarketPrice price = market.prices().get(p);
                Cell usd = row.createCell(first);
                usd.setCellValue(table.points().get(p).usd().doubleValue());
                usd.setCellStyle(styles.readOnlyUsd);
                Cell converted = row.createCell(first + 1);
                converted.setCellValue(price.converted().doubleValue());
                converted.setCellStyle(styles.readOnlyNumber[digits]);
                Cell own = row.createCell(first + 2);
                own.setCellStyle(styles.editableNumber[digits]);
                if (price.override() != null) {
                    own.setCellValue(price.override().doubleValue());
                }
            }
        }
        if (!table.markets().isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidation yesNo = helper.createValidation(helper.createExplicitListConstraint(new String[]{yes, no}),
                    new CellRangeAddressList(FIRST_DATA_ROW, r - 1, AVAILABLE_COLUMN, AVAILABLE_COLUMN));
            yesNo.setShowErrorBox(true);
            yesNo.setSuppressDropDownArrow(true);
            sheet.addValidationData(yesNo);
        }

        sheet.setColumnWidth(CODE_COLUMN, 10 * 256);
        sheet.setColumnWidth(NAME_COLUMN, 28 * 256);
        sheet.setColumnWidth(CURRENCY_COLUMN, 10 * 256);
        sheet.setColumnWidth(TAX_COLUMN, 14 * 256);
        sheet.setColumnWidth(AVAILABLE_COLUMN, 12 * 256);
        for (int c = FIRST_POINT_COLUMN; c <= lastColumn; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        sheet.createFreezePane(2, FIRST_DATA_ROW);
        protect(sheet);
    }

    private static void writeReadMe(XSSFSheet sheet, PriceTable table, PricingTexts texts, Styles styles) {
        text(sheet.createRow(0).createCell(0), texts.text("pricing.readme.title"), styles.title, styles);
        Row header = sheet.createRow(2);
        text(header.createCell(0), texts.text("pricing.readme.column"), styles.header, styles);
        text(header.createCell(1), texts.text("pricing.readme.meaning"), styles.header, styles);
        text(header.createCell(2), texts.text("pricing.readme.editable"), styles.header, styles);
        String[][] columns = {
                {"pricing.column.market", "pricing.readme.market", "pricing.no"},
                {"pricing.column.market-name", "pricing.readme.market-name", "pricing.no"},
                {"pricing.column.currency", "pricing.readme.currency", "pricing.no"},
                {"pricing.column.tax-remitted", "pricing.readme.tax-remitted", "pricing.no"},
                {"pricing.column.available", "pricing.readme.available", "pricing.yes"},
                {"pricing.column.usd", "pricing.readme.usd", "pricing.no"},
                {"pricing.column.converted", "pricing.readme.converted", "pricing.no"},
                {"pricing.column.price", "pricing.readme.price", "pricing.yes"}};
        int r = 3;
        for (String[] column : columns) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), texts.text(column[0]), styles.wrapped, styles);
            text(row.createCell(1), texts.text(column[1]), styles.wrapped, styles);
            text(row.createCell(2), texts.text(column[2]), styles.wrapped, styles);
        }
        r++;
        for (String key : List.of("pricing.readme.protection", "pricing.readme.import", "pricing.readme.formulas")) {
            Row row = sheet.createRow(r++);
            text(row.createCell(0), texts.text(key), styles.plain, styles);
        }
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        protect(sheet);
    }

    /** Protected without a password: a guide for the hand, not a lock; the import checks every read-only cell anyway. */
    private static void protect(XSSFSheet sheet) {
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
    }

    /** A text cell; text a spreadsheet would take for a formula when edited keeps its quote prefix. */
    private static void text(Cell cell, String value, CellStyle style, Styles styles) {
        cell.setCellValue(value);
        cell.setCellStyle(FormulaGuard.isDangerous(value) ? styles.guarded(style) : style);
    }

    private static String sheetName(String name) {
        String clean = name.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    /** Identifies the plan's price points and their order: a workbook of other points does not fit the plan. */
    static String fingerprint(List<PriceTable.Point> points) {
        StringBuilder text = new StringBuilder();
        for (PriceTable.Point point : points) {
            text.append(point.point().kind().name()).append('\t').append(point.point().key()).append('\n');
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workbook's cell styles: grey and locked for reading, white and unlocked for editing. */
    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle title;
        final CellStyle date;
        final CellStyle header;
        final CellStyle wrapped;
        final CellStyle readOnlyText;
        final CellStyle readOnlyUsd;
        final CellStyle editableText;
        final CellStyle[] readOnlyNumber = new CellStyle[3];
        final CellStyle[] editableNumber = new CellStyle[3];
        private final Map<CellStyle, CellStyle> guarded = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            plain = workbook.createCellStyle();
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            date.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
            header = cell(true);
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            readOnlyText = cell(true);
            editableText = cell(false);
            readOnlyUsd = cell(true);
            readOnlyUsd.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00##"));
            String[] formats = {"#,##0", "#,##0.0", "#,##0.00"};
            for (int digits = 0; digits < 3; digits++) {
                readOnlyNumber[digits] = cell(true);
                readOnlyNumber[digits].setDataFormat(workbook.createDataFormat().getFormat(formats[digits]));
                editableNumber[digits] = cell(false);
                editableNumber[digits].setDataFormat(workbook.createDataFormat().getFormat(formats[digits]));
            }
        }

        private CellStyle cell(boolean readOnly) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(readOnly);
            style.setFillForegroundColor(readOnly ? IndexedColors.GREY_25_PERCENT.getIndex() : IndexedColors.WHITE.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            style.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            style.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            style.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
            return style;
        }

        CellStyle guarded(CellStyle base) {
            return guarded.computeIfAbsent(base, b -> {
                CellStyle style = workbook.createCellStyle();
                style.cloneStyleFrom(b);
                style.setQuotePrefixed(true);
                return style;
            });
        }
    }

    // ------------------------------------------------------------------ read

    /**
     * Compares an uploaded workbook with the plan's current prices: every change, or (if any cell is
     * wrong, or the file is not this plan's pricing workbook) every error and no change at all.
     * Reads at most {@link #MAX_BYTES}; does not close the stream.
     */
    public static ImportResult read(InputStream upload, PriceTable current) throws IOException {
        byte[] bytes = upload.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refused("", "pricing.import.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (!looksLikeZip(bytes) || !inflatesWithinLimit(bytes)) {
            return refused("", "pricing.import.not-xlsx");
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception | StackOverflowError e) {
            // Not an OOXML package, an encrypted one, or a damaged or hostile zip (POI's ZipSecureFile limits).
            return refused("", "pricing.import.not-xlsx");
        }
        try (workbook) {
            return new Reader(workbook, current).read();
        }
    }

    private static Refused refused(String sheet, String key, Object... args) {
        return new Refused(List.of(new CellError(sheet, null, null, key, List.of(args))));
    }

    /** An xlsx is a zip: its first local file header starts "PK\3\4". */
    private static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Inflates every part once, counting, so a zip bomb stops at {@link #MAX_INFLATED_BYTES}. */
    private static boolean inflatesWithinLimit(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > 1000) {
                    return false;
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_INFLATED_BYTES) {
                        return false;
                    }
                }
            }
            return entries > 0;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** One import: collects errors and edits; errors win. */
    private static final class Reader {
        private final XSSFWorkbook workbook;
        private final PriceTable current;
        private final List<CellError> errors = new ArrayList<>();
        private final List<PriceEdit> priceEdits = new ArrayList<>();
        private final List<AvailabilityEdit> availabilityEdits = new ArrayList<>();
        private String sheetName = "";

        Reader(XSSFWorkbook workbook, PriceTable current) {
            this.workbook = workbook;
            this.current = current;
        }

        ImportResult read() {
            Sheet identity = workbook.getSheet(IDENTITY_SHEET);
            if (identity == null || !FORMAT.equals(identityValue(identity, 0))) {
                return refused("", "pricing.import.not-pricing-workbook");
            }
            String plan = identityValue(identity, 1);
            if (!current.planId().equals(plan)) {
                return refused("", "pricing.import.wrong-plan", plan == null ? "" : plan, current.planId());
            }
            if (!fingerprint(current.points()).equals(identityValue(identity, 2))) {
                return refused("", "pricing.import.points-changed");
            }
            sheetName = Objects.requireNonNullElse(identityValue(identity, 3), "");
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                return refused("", "pricing.import.sheet-missing", sheetName);
            }
            readRows(sheet);
            if (!errors.isEmpty()) {
                return new Refused(errors);
            }
            return new Accepted(priceEdits, availabilityEdits);
        }

        private static String identityValue(Sheet identity, int row) {
            Row r = identity.getRow(row);
            Cell cell = r == null ? null : r.getCell(1);
            return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : null;
        }

        private void readRows(Sheet sheet) {
            int lastColumn = usdColumn(current.points().size()) - 1;
            Map<String, Integer> seen = new HashMap<>();
            for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum() && !full(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blankRow(row, lastColumn)) {
                    continue;
                }
                Cell codeCell = row.getCell(CODE_COLUMN);
                if (isBlank(codeCell)) {
                    error(r, CODE_COLUMN, "pricing.import.market-code-missing");
                    continue;
                }
                String code = codeCell.getCellType() == CellType.STRING
                        ? codeCell.getStringCellValue().strip().toUpperCase(Locale.ROOT) : display(codeCell);
                var market = current.market(code);
                if (market.isEmpty()) {
                    error(r, CODE_COLUMN, "pricing.import.unknown-market", code);
                    continue;
                }
                if (seen.putIfAbsent(code, r) != null) {
                    error(r, CODE_COLUMN, "pricing.import.duplicate-market", code);
                    continue;
                }
                readMarket(row, market.get());
            }
            if (full()) {
                errors.add(new CellError(sheetName, null, null, "pricing.import.too-many-errors", List.of(MAX_ERRORS)));
                return;
            }
            for (PriceTable.MarketRow market : current.markets()) {
                if (!seen.containsKey(market.market().code())) {
                    errors.add(new CellError(sheetName, null, null, "pricing.import.market-removed",
                            List.of(market.market().code())));
                }
            }
        }

        private void readMarket(Row row, PriceTable.MarketRow expected) {
            Market market = expected.market();
            int r = row.getRowNum();
            expectText(row, CURRENCY_COLUMN, market.currency());
            Boolean taxes = yesNo(row.getCell(TAX_COLUMN));
            if (taxes == null || taxes != market.taxRemitted()) {
                readOnly(r, TAX_COLUMN, new Word(market.taxRemitted() ? "pricing.yes" : "pricing.no"));
            }
            Cell availableCell = row.getCell(AVAILABLE_COLUMN);
            Boolean available = isFormula(availableCell) ? null : yesNo(availableCell);
            if (isFormula(availableCell)) {
                error(r, AVAILABLE_COLUMN, "pricing.import.formula");
            } else if (available == null) {
                error(r, AVAILABLE_COLUMN, "pricing.import.yes-no");
            } else if (available != expected.available()) {
                availabilityEdits.add(new AvailabilityEdit(market, available));
            }
            for (int p = 0; p < current.points().size(); p++) {
                PriceTable.Point point = current.points().get(p);
                PriceTable.MarketPrice price = expected.prices().get(p);
                int first = usdColumn(p);
                expectNumber(row, first, point.usd());
                expectNumber(row, first + 1, price.converted());
                Cell own = row.getCell(first + 2);
                if (isBlank(own)) {
                    edit(market, point.point(), price, null);
                    continue;
                }
                if (isFormula(own)) {
                    error(r, first + 2, "pricing.import.formula");
                    continue;
                }
                String text = display(own);
                BigDecimal value = number(own);
                if (value == null) {
                    error(r, first + 2, "pricing.import.not-a-number", text);
                } else if (value.signum() < 0) {
                    error(r, first + 2, "pricing.import.negative");
                } else if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                    error(r, first + 2, "pricing.import.price-too-large");
                } else if (Math.max(0, value.stripTrailingZeros().scale()) > market.priceDigits()) {
                    error(r, first + 2, "pricing.import.too-many-decimals", market.currency(), market.priceDigits());
                } else {
                    edit(market, point.point(), price, value.setScale(market.priceDigits()));
                }
            }
        }

        private void edit(Market market, PricePoint point, PriceTable.MarketPrice price, BigDecimal override) {
            boolean same = override == null ? price.override() == null
                    : price.override() != null && price.override().compareTo(override) == 0;
            if (!same) {
                BigDecimal newEffective = override != null ? override : price.converted();
                priceEdits.add(new PriceEdit(market, point, price.effective(), newEffective, price.override(), override));
            }
        }

        private void expectText(Row row, int column, String expected) {
            Cell cell = row.getCell(column);
            if (isFormula(cell) || cell == null || cell.getCellType() != CellType.STRING
                    || !cell.getStringCellValue().strip().equals(expected)) {
                readOnly(row.getRowNum(), column, expected);
            }
        }

        private void expectNumber(Row row, int column, BigDecimal expected) {
            Cell cell = row.getCell(column);
            BigDecimal value = isFormula(cell) ? null : number(cell);
            if (value == null || value.compareTo(expected) != 0) {
                readOnly(row.getRowNum(), column, expected.toPlainString());
            }
        }

        private void readOnly(int row, int column, Object expected) {
            error(row, column, "pricing.import.read-only-changed", expected);
        }

        private void error(int row, int column, String key, Object... args) {
            if (!full()) {
                errors.add(new CellError(sheetName, row + 1, CellReference.convertNumToColString(column), key, List.of(args)));
            }
        }

        private boolean full() {
            return errors.size() >= MAX_ERRORS;
        }
    }

    private static boolean isFormula(Cell cell) {
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    private static boolean isBlank(Cell cell) {
        return cell == null || cell.getCellType() == CellType.BLANK
                || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
    }

    private static boolean blankRow(Row row, int lastColumn) {
        for (int c = 0; c <= lastColumn; c++) {
            if (!isBlank(row.getCell(c))) {
                return false;
            }
        }
        return true;
    }

    /** A cell's number: a numeric cell as Excel shows it (15 significant digits), or a text of digits with "." or "," as decimal separator. */
    static BigDecimal number(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield Double.isFinite(value) ? new BigDecimal(NumberToTextConverter.toText(value)) : null;
            }
            case STRING -> parse(cell.getStringCellValue());
            default -> null;
        };
    }

    static BigDecimal parse(String text) {
        String compact = SPACES.matcher(text).replaceAll("");
        if (compact.length() > 40 || !PLAIN_NUMBER.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(',', '.'));
    }

    private static Boolean yesNo(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case BOOLEAN -> cell.getBooleanCellValue();
            case NUMERIC -> cell.getNumericCellValue() == 1 ? Boolean.TRUE : cell.getNumericCellValue() == 0 ? Boolean.FALSE : null;
            case STRING -> {
                String text = cell.getStringCellValue().strip().toLowerCase(Locale.ROOT);
                yield YES.contains(text) ? Boolean.TRUE : NO.contains(text) ? Boolean.FALSE : null;
            }
            default -> null;
        };
    }

    /** A cell's content as text for an error message. */
    private static String display(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
