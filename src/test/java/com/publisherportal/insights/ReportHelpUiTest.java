package com.publisherportal.insights;

import com.publisherportal.common.ui.PortalI18NProvider;
import com.publisherportal.insights.ui.GlossaryView;
import com.publisherportal.insights.ui.InsightGridView;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help on every report (issue 21, part 8), through the views: each report's help panel and
 * column-header tooltips in English and French, the glossary page, and the Excel download's
 * "Definitions" sheet, which leaves the CSV download as it was.
 */
@PortalSpringTest
@ActiveProfiles("test")
class ReportHelpUiTest extends KaribuTest {

    @Autowired PortalI18NProvider texts;

    private InsightGridView<?> open(String email, ReportDefinition<?> report, Locale locale) {
        login(email);
        UI.getCurrent().setLocale(locale);
        navigate(report.route());
        return (InsightGridView<?>) UI.getCurrent().getCurrentView();
    }

    private String text(String key, Locale locale) {
        return texts.getTranslation(key, locale);
    }

    private static List<String> texts(Element list, String tag) {
        return list.getChildren().filter(e -> e.getTag().equals(tag)).map(Element::getText).toList();
    }

    @Test
    void everyReportHasItsHelpPanelAndATooltipOnEveryColumnHeaderInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (ReportDefinition<?> report : Reports.all()) {
                InsightGridView<?> view = open("owner@contoso.example", report, locale);
                assertThat(view.report()).isSameAs(report);
                Details help = _get(Details.class, spec -> spec.withId("report-help"));
                assertThat(help.isOpened()).isFalse();
                // Made when first opened, then kept: opening it twice shows one list.
                _assertNone(Html.class, spec -> spec.withId("report-help-columns"));
                help.setOpened(true);
                help.setOpened(false);
                help.setOpened(true);
                _assertOne(Html.class, spec -> spec.withId("report-help-columns"));
                assertThat(_get(Paragraph.class, spec -> spec.withId("report-help-text")).getText())
                        .isEqualTo(text(report.helpKey(), locale)).doesNotStartWith("glossary.");
                org.jsoup.nodes.Element list = markupOf(_get(Html.class, spec -> spec.withId("report-help-columns")));
                assertThat(list.select("dt").eachText()).containsExactlyElementsOf(
                        report.columns().stream().map(c -> text(c.headerKey(), locale)).toList());
                assertThat(list.select("dd").eachText()).containsExactlyElementsOf(
                        report.columns().stream().map(c -> text(c.definitionKey(), locale)).toList());
                assertThat(_get(Anchor.class, spec -> spec.withId("report-help-glossary")).getHref())
                        .isEqualTo(GlossaryView.ROUTE);

                Grid<?> grid = _get(Grid.class, spec -> spec.withId("insights-grid"));
                // Hidden columns are created when first shown.
                report.columns().stream().filter(ReportColumn::hiddenByDefault).forEach(c -> toggleColumn("insights", c.key()));
                for (ReportColumn<?> column : report.columns()) {
                    Html header = (Html) grid.getColumnByKey(column.key()).getHeaderComponent();
                    org.jsoup.nodes.Element markup = markupOf(header);
                    assertThat(markup.ownText()).isEqualTo(text(column.headerKey(), locale));
                    org.jsoup.nodes.Element tooltip = markup.selectFirst("vaadin-tooltip");
                    assertThat(tooltip.attr("for")).isEqualTo(header.getId().orElseThrow());
                    assertThat(tooltip.attr("text")).as(report.name() + " " + column.key())
                            .isEqualTo(text(column.definitionKey(), locale)).doesNotStartWith("glossary.");
                }
            }
        }
        assertThat(text("glossary.col.pageVisits", Locale.FRENCH)).isEqualTo("Le nombre d’affichages de la page de l’offre sur la vitrine.");
    }

    @Test
    void theGlossaryListsEveryReportAndColumnAndLinksOnlyTheReportsTheRoleMayOpen() {
        login("developer@contoso.example");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("insights");
        navigate(GlossaryView.ROUTE);
        GlossaryView view = _get(GlossaryView.class);
        assertThat(insightNavLinks()).filteredOn(a -> a.hasClass("current")).extracting(a -> a.id())
                .containsExactly("insights-nav-insights-glossary");
        for (ReportDefinition<?> report : Reports.all()) {
            var section = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("glossary-section-" + report.name()));
            Element list = section.getElement().getChildren()
                    .filter(e -> ("glossary-columns-" + report.name()).equals(e.getAttribute("id"))).findFirst().orElseThrow();
            assertThat(texts(list, "dt")).containsExactlyElementsOf(report.columns().stream()
                    .map(c -> text(c.headerKey(), Locale.ENGLISH) + " (" + c.export().exportName() + ")").toList());
            assertThat(texts(list, "dd")).doesNotContainNull().noneMatch(t -> t.startsWith("glossary."));
            // A developer reads the deployments report only: the others are defined, not linked.
            assertThat(_find(Anchor.class, spec -> spec.withId("glossary-open-" + report.name())))
                    .hasSize(report == Reports.DEPLOYMENTS ? 1 : 0);
        }
        assertThat(view.getElement().getTextRecursively()).contains("Tracking GUID (TrackingGuid)",
                "Call-to-action rate (CallToActionRate)");
    }

    @Test
    void theExcelDownloadCarriesADefinitionsSheetWhenAskedAndTheCsvStaysTheSame() throws Exception {
        open("owner@contoso.example", Reports.DEPLOYMENTS, Locale.FRENCH);
        Anchor csvLink = _get(Anchor.class, spec -> spec.withId("export-csv"));
        byte[] csvBefore = download(csvLink);
        try (XSSFWorkbook plain = new XSSFWorkbook(new ByteArrayInputStream(
                download(_get(Anchor.class, spec -> spec.withId("export-xlsx")))))) {
            assertThat(plain.getNumberOfSheets()).isEqualTo(1);
        }

        Checkbox option = _get(Checkbox.class, spec -> spec.withId("export-definitions"));
        assertThat(option.getLabel()).isEqualTo("Ajouter une feuille Définitions aux téléchargements Excel");
        userSets(option, true);
        assertThat(new String(download(_get(Anchor.class, spec -> spec.withId("export-csv"))), StandardCharsets.UTF_8))
                .isEqualTo(new String(csvBefore, StandardCharsets.UTF_8));
        byte[] xlsx = download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getSheetName()).isEqualTo(text(Reports.DEPLOYMENTS.sheetNameKey(), Locale.FRENCH));
            assertThat(data.getLastRowNum()).isPositive();
            Sheet definitions = workbook.getSheetAt(1);
            assertThat(definitions.getSheetName()).isEqualTo("Définitions");
            List<List<String>> rows = new ArrayList<>();
            for (Row row : definitions) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
                }
                rows.add(cells);
            }
            assertThat(rows.getFirst()).containsExactly("Colonne", "En-tête", "Définition");
            assertThat(rows.get(1)).containsExactly("Déploiements", "", text("glossary.report.deployments", Locale.FRENCH));
            List<List<String>> columns = new ArrayList<>();
            for (ReportColumn<?> column : Reports.DEPLOYMENTS.columns()) {
                columns.add(List.of(column.export().exportName(), text(column.headerKey(), Locale.FRENCH),
                        text(column.definitionKey(), Locale.FRENCH)));
            }
            assertThat(rows.subList(2, rows.size())).containsExactlyElementsOf(columns);
            // The data's header is the exported columns, as without the option.
            List<String> header = new ArrayList<>();
            data.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(columns.stream().map(List::getFirst).toList());
        }
    }
}
