package com.publisherportal.insights;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The summary's trend as an Excel workbook: a "summary" sheet (range against the previous
 * period, and native Excel line charts that read the trend sheet's cells, so they stay live when
 * the user edits them) and a "trend" sheet of monthly figures with real dates and numbers. A
 * dozen rows: the regular (non-streaming) POI model is right here.
 */
@Component
public class InsightTrendWorkbook {

    /** Translated texts of the workbook (the exporter knows no locale). */
    public record Labels(String summarySheet, String trendSheet, String title, String range, String measure,
                         String current, String previous, String change, String month, String monthStart,
                         String orders, String usageHours, String revenue, String newCustomers,
                         String lostCustomers, String pageVisits, String ctaRate, String countsChart,
                         String secondChart) {
    }

    private record Measure(String label, Function<MonthFigures, Number> value, boolean financial) {
    }

    public void write(InsightSummary summary, Labels labels, OutputStream out) throws IOException {
        List<Measure> measures = new ArrayList<>();
        if (summary.financial()) {
            measures.add(new Measure(labels.orders(), MonthFigures::orders, true));
            measures.add(new Measure(labels.usageHours(), MonthFigures::usageHours, true));
            measures.add(new Measure(labels.revenue(), MonthFigures::revenue, true));
        }
        measures.add(new Measure(labels.newCustomers(), MonthFigures::newCustomers, false));
        measures.add(new Measure(labels.lostCustomers(), MonthFigures::lostCustomers, false));
        measures.add(new Measure(labels.pageVisits(), MonthFigures::pageVisits, false));
        measures.add(new Measure(labels.ctaRate(), MonthFigures::callToActionRate, false));

        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle monthStyle = workbook.createCellStyle();
            monthStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            XSSFSheet sheet = workbook.createSheet(labels.summarySheet());
            XSSFSheet trend = workbook.createSheet(labels.trendSheet());

            // Trend sheet: one row per month.
            Row header = trend.createRow(0);
            header.createCell(0).setCellValue(labels.month());
            header.createCell(1).setCellValue(labels.monthStart());
            for (int i = 0; i < measures.size(); i++) {
                header.createCell(i + 2).setCellValue(measures.get(i).label());
            }
            header.forEach(c -> c.setCellStyle(bold));
            DateTimeFormatter monthText = DateTimeFormatter.ofPattern("yyyy-MM");
            int r = 1;
            for (MonthFigures figures : summary.trend()) {
                Row row = trend.createRow(r++);
                row.createCell(0).setCellValue(monthText.format(figures.month()));
                row.createCell(1).setCellValue(figures.month().atDay(1));
                row.getCell(1).setCellStyle(monthStyle);
                for (int i = 0; i < measures.size(); i++) {
                    Number value = measures.get(i).value().apply(figures);
                    row.createCell(i + 2).setCellValue(value == null ? 0 : value.doubleValue());
                }
            }
            trend.createFreezePane(0, 1);
            trend.setAutoFilter(new CellRangeAddress(0, r - 1, 0, measures.size() + 1));
            trend.setColumnWidth(0, 10 * 256);
            trend.setColumnWidth(1, 12 * 256);
            for (int i = 0; i < measures.size(); i++) {
                trend.setColumnWidth(i + 2, Math.max(12, measures.get(i).label().length() + 3) * 256);
            }

            // Summary sheet: totals against the previous period.
            sheet.createRow(0).createCell(0).setCellValue(labels.title());
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(labels.range());
            Row totals = sheet.createRow(3);
            String[] heads = {labels.measure(), labels.current(), labels.previous(), labels.change()};
            for (int i = 0; i < heads.length; i++) {
                totals.createCell(i).setCellValue(heads[i]);
                totals.getCell(i).setCellStyle(bold);
            }
            int s = 4;
            for (Measure measure : measures) {
                Row row = sheet.createRow(s++);
                row.createCell(0).setCellValue(measure.label());
                Number cur = measure.value().apply(summary.current());
                Number prev = measure.value().apply(summary.previous());
                row.createCell(1).setCellValue(cur == null ? 0 : cur.doubleValue());
                row.createCell(2).setCellValue(prev == null ? 0 : prev.doubleValue());
                if (prev != null && cur != null && prev.doubleValue() != 0) {
                    row.createCell(3).setCellValue((cur.doubleValue() - prev.doubleValue()) * 100 / prev.doubleValue());
                    row.getCell(3).setCellStyle(percent);
                }
            }
            sheet.setColumnWidth(0, 28 * 256);
            for (int i = 1; i < 4; i++) {
                sheet.setColumnWidth(i, 14 * 256);
            }

            int months = summary.trend().size();
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            // Counts of similar scale in one chart; revenue (or visits) in its own.
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < measures.size(); i++) {
                String label = measures.get(i).label();
                if (label.equals(labels.newCustomers()) || label.equals(labels.lostCustomers())
                        || label.equals(labels.orders())) {
                    counts.add(i + 2);
                }
            }
            int second = measures.indexOf(measures.stream()
                    .filter(m -> m.label().equals(summary.financial() ? labels.revenue() : labels.pageVisits()))
                    .findFirst().orElseThrow()) + 2;
            int top = s + 1;
            lineChart(drawing, trend, months, labels.countsChart(), counts, top);
            lineChart(drawing, trend, months, labels.secondChart(), List.of(second), top + 18);
            workbook.write(out);
        }
    }

    private static void lineChart(XSSFDrawing drawing, XSSFSheet trend, int months, String title,
                                  List<Integer> columns, int topRow) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, topRow, 8, topRow + 16);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        int last = Math.max(months, 1);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(trend,
                new CellRangeAddress(1, last, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        for (int column : columns) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(trend,
                    new CellRangeAddress(1, last, column, column));
            XDDFChartData.Series series = data.addSeries(categories, values);
            series.setTitle(trend.getRow(0).getCell(column).getStringCellValue(),
                    new org.apache.poi.ss.util.CellReference(trend.getSheetName(), 0, column, true, true));
            ((XDDFLineChartData.Series) series).setSmooth(false);
        }
        chart.plot(data);
    }
}
