package com.publisherportal.insights;

import com.publisherportal.common.export.DefinitionsSheet;
import com.publisherportal.common.export.ExportColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What each report and each of its columns means, as the grid's help panel and header tooltips,
 * the glossary page and an XLSX export's "Definitions" sheet show it. The texts are in
 * {@code i18n/glossary.properties} and {@code glossary_fr.properties}: {@code glossary.report.<name>}
 * and {@code glossary.col.<column key>}; {@code ReportGlossaryTest} fails on any report or column
 * without both.
 */
public final class ReportGlossary {

    private ReportGlossary() {
    }

    /**
     * The definitions sheet of an export of {@code report} with the given columns (all of them when
     * none are named, as the export itself), its texts from {@code translate} (a message key to the
     * reader's text): the report's title and definition, then each column's export name, header and
     * definition.
     */
    public static DefinitionsSheet sheet(ReportDefinition<?> report, List<String> columnKeys,
                                         Function<String, String> translate) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(translate.apply(report.navKey()), "", translate.apply(report.helpKey())));
        for (ExportColumn<?> column : report.exportColumns(columnKeys)) {
            rows.add(List.of(column.exportName(), translate.apply(column.headerKey()),
                    translate.apply(ReportColumn.definitionKey(column.key()))));
        }
        return new DefinitionsSheet(translate.apply("glossary.sheet.name"),
                List.of(translate.apply("glossary.sheet.column"), translate.apply("glossary.sheet.header"),
                        translate.apply("glossary.sheet.definition")), rows);
    }
}
