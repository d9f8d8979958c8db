package com.publisherportal.plans;

import com.publisherportal.plans.PricingWorkbook.Accepted;
import com.publisherportal.plans.PricingWorkbook.AvailabilityEdit;
import com.publisherportal.plans.PricingWorkbook.CellError;
import com.publisherportal.plans.PricingWorkbook.ImportResult;
import com.publisherportal.plans.PricingWorkbook.PriceEdit;
import com.publisherportal.plans.PricingWorkbook.Refused;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pricing workbook's round trip: exported, edited with POI as a publisher would in Excel or
 * LibreOffice, imported; every edit listed, every bad cell named, and nothing applied when one is wrong.
 */
class PricingWorkbookTest {

    private static final Market US = new Market("US", "USD", BigDecimal.ONE, false);
    private static final Market FR = new Market("FR", "EUR", new BigDecimal("0.92"), true);
    private static final Market JP = new Market("JP", "JPY", new BigDecimal("150"), true);
    private static final PricingTexts ENGLISH = PricingTexts.forLocale(Locale.ENGLISH);

    // Prices sheet layout: markets from row 8 (US 8, FR 9, JP 10); columns A code … E available,
    // then per point USD base, converted, your price: monthly F G H, e-mails meter I J K.
    private static final int US_ROW = 7;
    private static final int FR_ROW = 8;
    private static final int JP_ROW = 9;
    private static final int MONTHLY_PRICE = 7;
    private static final int MONTHLY_CONVERTED = 6;
    private static final int METER_PRICE = 10;
    private static final int AVAILABLE = 4;

    private static final PricePoint MONTHLY = PricePoint.of(PriceKind.FLAT_MONTHLY);
    private static final PricePoint EMAILS = new PricePoint(PriceKind.METER_UNIT, "emails");

    private static PriceTable table(String planId, List<PriceTable.Point> points) {
        List<PriceTable.MarketRow> rows = new ArrayList<>();
        List<BigDecimal> none = Arrays.asList(new BigDecimal[points.size()]);
        List<BigDecimal> usOverride = new ArrayList<>(none);
        usOverride.set(0, new BigDecimal("11.00"));
        rows.add(PriceTable.MarketRow.converted(US, "United States", true, points, usOverride));
        rows.add(PriceTable.MarketRow.converted(FR, "France", true, points, none));
        rows.add(PriceTable.MarketRow.converted(JP, "Japan", true, points, none));
        return new PriceTable(planId, "Gold", "Contoso Mail", points, rows);
    }

    private static final List<PriceTable.Point> POINTS = List.of(
            new PriceTable.Point(MONTHLY, "Flat rate, per month", new BigDecimal("10.00")),
            new PriceTable.Point(EMAILS, "E-mails sent, per unit", new BigDecimal("0.25")));
    private static final PriceTable GOLD = table("gold", POINTS);

    private static byte[] export(PriceTable table, PricingTexts texts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PricingWorkbook.write(table, texts, LocalDate.of(2026, 12, 1), out);
        return out.toByteArray();
    }

    /** The exported workbook, edited on its prices sheet, saved again. */
    private static byte[] edited(Consumer<Sheet> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(GOLD, ENGLISH)))) {
            edit.accept(workbook.getSheet("Prices"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }

    private static ImportResult importing(byte[] bytes, PriceTable current) throws IOException {
        return PricingWorkbook.read(new ByteArrayInputStream(bytes), current);
    }

    private static List<CellError> errors(ImportResult result) {
        assertThat(result).isInstanceOf(Refused.class);
        return ((Refused) result).errors();
    }

    private static Accepted accepted(ImportResult result) {
        assertThat(result).as(result.toString()).isInstanceOf(Accepted.class);
        return (Accepted) result;
    }

    @Test
    void anUneditedWorkbookChangesNothing() throws IOException {
        assertThat(accepted(importing(export(GOLD, ENGLISH), GOLD)).isEmpty()).isTrue();
    }

    @Test
    void theImportListsExactlyTheEdits() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, FR_ROW, MONTHLY_PRICE).setCellValue(9.49);
            cell(sheet, US_ROW, MONTHLY_PRICE).setBlank();
            cell(sheet, JP_ROW, AVAILABLE).setCellValue("no");
        });

        Accepted result = accepted(importing(bytes, GOLD));

        assertThat(result.prices()).containsExactlyInAnyOrder(
                new PriceEdit(FR, MONTHLY, new BigDecimal("9.20"), new BigDecimal("9.49"), null, new BigDecimal("9.49")),
                new PriceEdit(US, MONTHLY, new BigDecimal("11.00"), new BigDecimal("10.00"), new BigDecimal("11.00"), null));
        assertThat(result.prices()).filteredOn(PriceEdit::overrideCleared).extracting(PriceEdit::market).containsExactly(US);
        assertThat(result.availability()).containsExactly(new AvailabilityEdit(JP, false));
    }

    @Test
    void oneBadCellAppliesNothingAndIsNamedBySheetRowAndColumn() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, FR_ROW, MONTHLY_PRICE).setCellValue(9.49);
            cell(sheet, JP_ROW, AVAILABLE).setCellValue("no");
            cell(sheet, JP_ROW, MONTHLY_PRICE).setCellValue("abc");
        });

        List<CellError> errors = errors(importing(bytes, GOLD));

        assertThat(errors).containsExactly(new CellError("Prices", 10, "H", "pricing.import.not-a-number", List.of("abc")));
        assertThat(errors.getFirst().reference()).isEqualTo("Prices!H10");
        assertThat(ENGLISH.describe(errors.getFirst()))
                .isEqualTo("Sheet “Prices”, row 10, column H: “abc” is not a number.");
    }

    @Test
    void negativeAndTooLargePricesAreRefused() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, FR_ROW, MONTHLY_PRICE).setCellValue(-1);
            cell(sheet, US_ROW, MONTHLY_PRICE).setCellValue("-2,5");
            cell(sheet, JP_ROW, MONTHLY_PRICE).setCellValue(1e15);
        });

        assertThat(errors(importing(bytes, GOLD))).extracting(CellError::reference, CellError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Prices!H8", "pricing.import.negative"),
                org.assertj.core.groups.Tuple.tuple("Prices!H9", "pricing.import.negative"),
                org.assertj.core.groups.Tuple.tuple("Prices!H10", "pricing.import.price-too-large"));
    }

    @Test
    void yenWithDecimalsIsRefusedAndEurosWithThreeToo() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, JP_ROW, MONTHLY_PRICE).setCellValue(1200.5);
            cell(sheet, FR_ROW, METER_PRICE).setCellValue("0,235");
        });

        assertThat(errors(importing(bytes, GOLD))).containsExactly(
                new CellError("Prices", 9, "K", "pricing.import.too-many-decimals", List.of("EUR", 2)),
                new CellError("Prices", 10, "H", "pricing.import.too-many-decimals", List.of("JPY", 0)));
    }

    @Test
    void textCellsWithACommaOrAPointAreNumbersAsLibreOfficeInFrenchSavesThem() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, FR_ROW, MONTHLY_PRICE).setCellValue("9,49");
            cell(sheet, FR_ROW, METER_PRICE).setCellValue("1 234,5");
            cell(sheet, US_ROW, METER_PRICE).setCellValue(" 0.30 ");
            cell(sheet, JP_ROW, MONTHLY_PRICE).setCellValue("1500");
            cell(sheet, JP_ROW, AVAILABLE).setCellValue("Non");
        });

        Accepted result = accepted(importing(bytes, GOLD));

        assertThat(result.prices()).extracting(PriceEdit::market, PriceEdit::point, PriceEdit::newEffective).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(FR, MONTHLY, new BigDecimal("9.49")),
                org.assertj.core.groups.Tuple.tuple(FR, EMAILS, new BigDecimal("1234.50")),
                org.assertj.core.groups.Tuple.tuple(US, EMAILS, new BigDecimal("0.30")),
                org.assertj.core.groups.Tuple.tuple(JP, MONTHLY, new BigDecimal("1500")));
        assertThat(result.availability()).containsExactly(new AvailabilityEdit(JP, false));
    }

    @Test
    void aFormulaIsRefusedEvenWithACachedValue() throws IOException {
        byte[] bytes = edited(sheet -> {
            Cell price = cell(sheet, FR_ROW, MONTHLY_PRICE);
            price.setCellFormula("G9*1.1");
            // As Excel and LibreOffice save it: the formula with its last computed value.
            sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(price);
        });

        assertThat(errors(importing(bytes, GOLD)))
                .containsExactly(new CellError("Prices", 9, "H", "pricing.import.formula", List.of()));
    }

    @Test
    void aChangedReadOnlyCellIsRefused() throws IOException {
        byte[] bytes = edited(sheet -> {
            cell(sheet, FR_ROW, MONTHLY_CONVERTED).setCellValue(8);
            cell(sheet, JP_ROW, 2).setCellValue("USD");
            cell(sheet, US_ROW, 3).setCellValue("yes");
        });

        assertThat(errors(importing(bytes, GOLD))).extracting(CellError::reference).containsExactly(
                "Prices!D8", "Prices!G9", "Prices!C10");
        assertThat(errors(importing(bytes, GOLD))).allMatch(e -> e.messageKey().equals("pricing.import.read-only-changed"));
        assertThat(ENGLISH.describe(errors(importing(bytes, GOLD)).getFirst())).contains("“no” was expected");
    }

    @Test
    void addedRemovedAndDuplicatedMarketRowsAreRefused() throws IOException {
        byte[] added = edited(sheet -> {
            cell(sheet, JP_ROW + 1, 0).setCellValue("DE");
            cell(sheet, JP_ROW + 2, MONTHLY_PRICE).setCellValue(5);
        });
        assertThat(errors(importing(added, GOLD))).containsExactly(
                new CellError("Prices", 11, "A", "pricing.import.unknown-market", List.of("DE")),
                new CellError("Prices", 12, "A", "pricing.import.market-code-missing", List.of()));

        byte[] removed = edited(sheet -> sheet.removeRow(sheet.getRow(JP_ROW)));
        assertThat(errors(importing(removed, GOLD))).containsExactly(
                new CellError("Prices", null, null, "pricing.import.market-removed", List.of("JP")));

        byte[] twice = edited(sheet -> cell(sheet, JP_ROW, 0).setCellValue("fr"));
        assertThat(errors(importing(twice, GOLD))).extracting(CellError::messageKey).containsExactly(
                "pricing.import.duplicate-market", "pricing.import.market-removed");
    }

    @Test
    void anotherPlansWorkbookIsRefused() throws IOException {
        byte[] silver = export(table("silver", POINTS), ENGLISH);

        List<CellError> errors = errors(importing(silver, GOLD));

        assertThat(errors).containsExactly(new CellError("", null, null, "pricing.import.wrong-plan", List.of("silver", "gold")));
        assertThat(ENGLISH.describe(errors.getFirst())).isEqualTo("The workbook holds the prices of plan silver, not of plan gold.");
    }

    @Test
    void aWorkbookOfOtherPricePointsIsRefused() throws IOException {
        PriceTable monthlyOnly = table("gold", POINTS.subList(0, 1));

        assertThat(errors(importing(export(GOLD, ENGLISH), monthlyOnly))).extracting(CellError::messageKey)
                .containsExactly("pricing.import.points-changed");
    }

    @Test
    void filesThatAreNotXlsxAreRefusedClearly() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] text = "market;price\nFR;9,49\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("hello.txt"));
            out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(export(GOLD, ENGLISH), 2000);
        byte[] otherWorkbook;
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Prices").createRow(0).createCell(0).setCellValue("FR");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            otherWorkbook = out.toByteArray();
        }

        for (byte[] bytes : List.of(png, text, new byte[0], zip.toByteArray(), truncated)) {
            assertThat(errors(importing(bytes, GOLD))).extracting(CellError::messageKey).containsExactly("pricing.import.not-xlsx");
        }
        assertThat(errors(importing(otherWorkbook, GOLD))).extracting(CellError::messageKey)
                .containsExactly("pricing.import.not-pricing-workbook");
        assertThat(ENGLISH.describe(errors(importing(text, GOLD)).getFirst()))
                .isEqualTo("The file is not an Excel workbook (.xlsx). Save it as .xlsx and try again.");
    }

    @Test
    void aFileAboveTheCapOrAZipBombIsRefused() throws IOException {
        byte[] huge = new byte[PricingWorkbook.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        huge[2] = 3;
        huge[3] = 4;
        assertThat(errors(importing(huge, GOLD))).extracting(CellError::messageKey).containsExactly("pricing.import.too-large");

        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bomb)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                out.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(PricingWorkbook.MAX_BYTES);
        assertThat(errors(importing(bomb.toByteArray(), GOLD))).extracting(CellError::messageKey)
                .containsExactly("pricing.import.not-xlsx");
    }

    @Test
    void theWrittenWorkbookLocksItsReadOnlyCellsAndProtectsTheSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(GOLD, ENGLISH)))) {
            XSSFSheet prices = workbook.getSheet("Prices");
            assertThat(prices.getProtect()).isTrue();
            assertThat(workbook.getSheetIndex(prices)).isZero();
            for (int column : new int[]{0, 1, 2, 3, 5, 6, 8, 9}) {
                assertThat(prices.getRow(FR_ROW).getCell(column).getCellStyle().getLocked()).as("column " + column).isTrue();
            }
            for (int column : new int[]{AVAILABLE, MONTHLY_PRICE, METER_PRICE}) {
                assertThat(prices.getRow(FR_ROW).getCell(column).getCellStyle().getLocked()).as("column " + column).isFalse();
            }
            // Editable cells look different from read-only ones.
            assertThat(prices.getRow(FR_ROW).getCell(MONTHLY_PRICE).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(prices.getRow(FR_ROW).getCell(MONTHLY_CONVERTED).getCellStyle().getFillForegroundColor());
            assertThat(prices.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Prices of plan Gold (gold)");
            assertThat(prices.getRow(3).getCell(0).getStringCellValue()).contains("Edit only the white cells; the grey ones are read-only");
            assertThat(prices.getRow(2).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(prices.getRow(5).getCell(5).getStringCellValue()).isEqualTo("Flat rate, per month");
            assertThat(prices.getRow(FR_ROW).getCell(MONTHLY_CONVERTED).getNumericCellValue()).isEqualTo(9.2);
            assertThat(prices.getRow(JP_ROW).getCell(METER_PRICE - 1).getNumericCellValue()).isEqualTo(38);
            assertThat(prices.getRow(US_ROW).getCell(MONTHLY_PRICE).getNumericCellValue()).isEqualTo(11);
            assertThat(prices.getRow(FR_ROW).getCell(3).getStringCellValue()).isEqualTo("yes");
            assertThat(prices.getDataValidations()).hasSize(1);

            assertThat(workbook.getSheet("Read me").getProtect()).isTrue();
            assertThat(workbook.isStructureLocked()).isTrue();
            int identity = workbook.getSheetIndex(PricingWorkbook.IDENTITY_SHEET);
            assertThat(workbook.getSheetVisibility(identity)).isEqualTo(SheetVisibility.VERY_HIDDEN);
            assertThat(workbook.getSheetAt(identity).getRow(1).getCell(1).getStringCellValue()).isEqualTo("gold");
        }
    }

    @Test
    void inFrenchTheSheetsAreFrenchAndTheRoundTripStillWorks() throws IOException {
        PricingTexts french = PricingTexts.forLocale(Locale.FRENCH);
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(GOLD, french)))) {
            Sheet prix = workbook.getSheet("Prix");
            assertThat(prix.getRow(3).getCell(0).getStringCellValue()).startsWith("Ne modifiez que les cellules blanches");
            assertThat(prix.getRow(FR_ROW).getCell(AVAILABLE).getStringCellValue()).isEqualTo("oui");
            assertThat(workbook.getSheet("Lisez-moi").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Comment modifier ce classeur");
            cell(prix, FR_ROW, MONTHLY_PRICE).setCellValue("9,49");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Accepted result = accepted(importing(bytes, GOLD));
        assertThat(result.prices()).extracting(PriceEdit::newEffective).containsExactly(new BigDecimal("9.49"));

        byte[] bad = bytes.clone();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            cell(workbook.getSheet("Prix"), FR_ROW, MONTHLY_PRICE).setCellValue("neuf");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bad = out.toByteArray();
        }
        assertThat(french.describe(errors(importing(bad, GOLD)).getFirst()))
                .isEqualTo("Feuille « Prix », ligne 9, colonne H : « neuf » n’est pas un nombre.");
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotedText() throws IOException {
        PriceTable hostile = new PriceTable("gold", "=HYPERLINK(\"http://evil\")", "@Offer", POINTS, GOLD.markets());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(hostile, ENGLISH)))) {
            Cell title = workbook.getSheet("Prices").getRow(0).getCell(0);
            assertThat(title.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            Cell offer = workbook.getSheet("Prices").getRow(1).getCell(0);
            assertThat(offer.getStringCellValue()).isEqualTo("Offer: @Offer");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(
                new PriceTable("gold", "Gold", "Offer", List.of(new PriceTable.Point(MONTHLY, "=1+1", BigDecimal.TEN)),
                        List.of()), ENGLISH)))) {
            Cell label = workbook.getSheet("Prices").getRow(5).getCell(5);
            assertThat(label.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(label.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }
}
