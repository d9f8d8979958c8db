package com.publisherportal.insights;

import com.publisherportal.common.export.DefinitionsSheet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every insights report and every one of its columns has its definition in English and in French
 * (issue 21, part 8): a new report or column without one fails here, naming it. Definitions of
 * columns no report has any more fail too, so the glossary does not describe what is gone.
 */
class ReportGlossaryTest {

    /** Each file on its own, so a French key missing is not hidden by the English fallback. */
    private static final Properties ENGLISH = load("i18n/glossary.properties");
    private static final Properties FRENCH = load("i18n/glossary_fr.properties");

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (var in = ReportGlossaryTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, path),
                    java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void everyReportAndEveryColumnIsDefinedInEnglishAndFrench() {
        List<String> missing = new ArrayList<>();
        for (ReportDefinition<?> report : Reports.all()) {
            List<String> keys = new ArrayList<>();
            keys.add(report.helpKey());
            report.columns().forEach(column -> keys.add(column.definitionKey()));
            for (String key : keys) {
                for (Properties bundle : List.of(ENGLISH, FRENCH)) {
                    String text = bundle.getProperty(key);
                    if (text == null || text.isBlank()) {
                        missing.add(report.name() + ": " + key + " (" + (bundle == FRENCH ? "fr" : "en") + ")");
                    }
                }
            }
        }
        assertThat(missing).as("reports and columns without a definition").isEmpty();
    }

    @Test
    void theFrenchDefinitionsAreTranslatedNotCopied() {
        for (ReportDefinition<?> report : Reports.all()) {
            assertThat(FRENCH.getProperty(report.helpKey())).as(report.helpKey()).isNotEqualTo(ENGLISH.getProperty(report.helpKey()));
            for (ReportColumn<?> column : report.columns()) {
                assertThat(FRENCH.getProperty(column.definitionKey())).as(column.definitionKey())
                        .isNotEqualTo(ENGLISH.getProperty(column.definitionKey()));
            }
        }
    }

    @Test
    void noDefinitionDescribesAColumnNoReportHas() {
        Set<String> used = new HashSet<>();
        for (ReportDefinition<?> report : Reports.all()) {
            used.add(report.helpKey());
            report.columns().forEach(column -> used.add(column.definitionKey()));
        }
        assertThat(java.util.stream.Stream.concat(ENGLISH.stringPropertyNames().stream(),
                        FRENCH.stringPropertyNames().stream())
                .filter(key -> key.startsWith("glossary.col.") || key.startsWith("glossary.report."))
                .filter(key -> !used.contains(key))).as("definitions of nothing").isEmpty();
    }

    @Test
    void theDefinitionsSheetHasTheReportThenEachExportedColumnInTheExportsOrder() {
        DefinitionsSheet sheet = ReportGlossary.sheet(Reports.ORDERS, List.of("orderId", "purchaseDate"),
                key -> "[" + key + "]");
        assertThat(sheet.sheetName()).isEqualTo("[glossary.sheet.name]");
        assertThat(sheet.headers()).containsExactly("[glossary.sheet.column]", "[glossary.sheet.header]",
                "[glossary.sheet.definition]");
        assertThat(sheet.rows()).containsExactly(
                List.of("[insights.nav.orders]", "", "[glossary.report.orders]"),
                List.of("OrderId", "[insights.col.orderId]", "[glossary.col.orderId]"),
                List.of("OrderPurchaseDate", "[insights.col.purchaseDate]", "[glossary.col.purchaseDate]"));
        // No columns named: every column, as the export itself.
        assertThat(ReportGlossary.sheet(Reports.DEPLOYMENTS, List.of(), key -> key).rows())
                .hasSize(Reports.DEPLOYMENTS.columns().size() + 1);
    }
}
