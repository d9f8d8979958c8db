package com.publisherportal.common.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * XLSX through POI's streaming writer: only a small window of rows is in memory, strings are
 * written inline (never a shared-strings table, which grows with the data), dates and numbers
 * are real cells, the header is bold and frozen with an autofilter, and a sheet that reaches
 * its row limit continues on the next one under the same header.
 */
final class XlsxTableWriter implements TableWriter {

    /** Excel's limit of characters in a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int ROW_WINDOW = 200;

    private final OutputStream out;
    private final ExportOptions options;
    private final SXSSFWorkbook workbook;
    private final CellStyle headerStyle;
    private final CellStyle timestampStyle;
    private final CellStyle dateStyle;
    private final CellStyle integerStyle;
    private final CellStyle guardedTextStyle;
    private final CellStyle plainStyle;
    private List<? extends ExportColumn<?>> columns;
    private ColumnType[] types;
    private SXSSFSheet sheet;
    private int sheetCount;
    private int rowIndex;

    XlsxTableWriter(OutputStream out, ExportOptions options) {
        this.out = out;
        this.options = options;
        // Arguments: no template, a window of rows, compressed temporary files, NO shared-strings table.
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        var format = workbook.createDataFormat();
        timestampStyle = workbook.createCellStyle();
        timestampStyle.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm:ss"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(format.getFormat("yyyy-mm-dd"));
        integerStyle = workbook.createCellStyle();
        integerStyle.setDataFormat(format.getFormat("0"));
        // Text that looks like a formula stays as typed, but Excel keeps it text even when edited.
        guardedTextStyle = workbook.createCellStyle();
        guardedTextStyle.setQuotePrefixed(true);
        // Every cell gets an explicit style: a cell without one makes POI look up its column's
        // style in the sheet's XML for every cell written, which is slow once column widths exist.
        plainStyle = workbook.getCellStyleAt(0);
    }

    @Override
    public void header(List<? extends ExportColumn<?>> columns) {
        this.columns = columns;
        this.types = columns.stream().map(ExportColumn::type).toArray(ColumnType[]::new);
        newSheet();
    }

    private void newSheet() {
        if (sheet != null) {
            closeSheet();
        }
        sheetCount++;
        String name = sheetCount == 1 ? options.sheetName() : options.sheetName() + " (" + sheetCount + ")";
        sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        SXSSFRow header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).exportName());
            cell.setCellStyle(headerStyle);
            int chars = Math.max(columns.get(i).width(), columns.get(i).exportName().length() + 3);
            sheet.setColumnWidth(i, Math.min(chars + 2, 100) * 256);
        }
        sheet.createFreezePane(0, 1);
        rowIndex = 1;
    }

    private void closeSheet() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rowIndex - 1, 0), 0, columns.size() - 1));
    }

    @Override
    public void row(Object[] values) {
        if (rowIndex >= options.maxRowsPerSheet()) {
            newSheet();
        }
        SXSSFRow row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (types[i]) {
                case TEXT -> {
                    String text = value.toString();
                    cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                    cell.setCellStyle(FormulaGuard.isDangerous(text) ? guardedTextStyle : plainStyle);
                }
                case INTEGER -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(integerStyle);
                }
                case DECIMAL -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(plainStyle);
                }
                case TIMESTAMP -> {
                    cell.setCellValue(LocalDateTime.ofInstant((Instant) value, options.zone()));
                    cell.setCellStyle(timestampStyle);
                }
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(dateStyle);
                }
                case BOOLEAN -> {
                    cell.setCellValue((Boolean) value);
                    cell.setCellStyle(plainStyle);
                }
            }
        }
    }

    @Override
    public void finish() throws IOException {
        closeSheet();
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        // Also deletes the temporary files of the streamed rows.
        workbook.close();
    }
}
