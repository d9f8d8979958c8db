package com.publisherportal.ui;

import com.publisherportal.common.export.ColumnType;
import com.publisherportal.common.export.ExportColumn;
import com.publisherportal.common.export.ExportOptions;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.ExportLinks;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.DomEvent;
import org.apache.coyote.BadRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.node.JsonNodeFactory;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The download links every grid shares: a large export shows its progress while it streams and
 * can be cancelled, which aborts the download instead of completing a truncated file.
 */
@PortalSpringTest
@ActiveProfiles("test")
class ExportLinksUiTest extends KaribuTest {

    private static final int ROWS = 3_000;
    private static final int PAUSE_AT = 2_500;
    private static final List<ExportColumn<Integer>> COLUMNS = List.of(
            new ExportColumn<>("n", "Number", "n", ColumnType.INTEGER, 6, n -> n));

    @Autowired TableExporter exporter;

    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resume = new CountDownLatch(1);

    /** Links whose export writes ROWS numbers and waits at PAUSE_AT until the test resumes it. */
    private ExportLinks links() {
        login("owner@contoso.example");
        ExportLinks links = new ExportLinks();
        UI.getCurrent().add(links);
        links.set("numbers", ExportOptions.of(ZoneOffset.UTC, "Numbers"), () -> ROWS,
                (format, options, out) -> exporter.export(format, COLUMNS, rows -> {
                    for (int n = 1; n <= ROWS; n++) {
                        if (n == PAUSE_AT) {
                            paused.countDown();
                            await(resume);
                        }
                        rows.accept(n);
                    }
                }, out, options));
        return links;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The user clicks the link: the browser starts the download and tells the page, in either
     * order (a real browser's download request usually arrives first).
     */
    private CompletableFuture<byte[]> click(String id, boolean downloadArrivesFirst) {
        Anchor anchor = _get(Anchor.class, spec -> spec.withId(id));
        var request = downloadRequest(anchor);
        if (!downloadArrivesFirst) {
            clickEvent(anchor);
        }
        CompletableFuture<byte[]> download = CompletableFuture.supplyAsync(() -> {
            try {
                return request.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        if (downloadArrivesFirst) {
            await(paused);
            clickEvent(anchor);
        }
        return download;
    }

    private static void clickEvent(Anchor anchor) {
        _fireDomEvent(anchor.getElement(), new DomEvent(anchor.getElement(), "click", JsonNodeFactory.instance.objectNode()));
    }

    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private static ProgressBar bar() {
        return _get(ProgressBar.class, spec -> spec.withId("export-progress"));
    }

    private static boolean progressShown() {
        return !_find(ProgressBar.class, spec -> spec.withId("export-progress")).isEmpty();
    }

    @Test
    void aRunningExportShowsRowsWrittenAndCanBeCancelled() throws Exception {
        links();
        CompletableFuture<byte[]> download = click("export-csv", true);
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        await(paused);

        poll();
        assertThat(progressShown()).isTrue();
        assertThat(bar().getValue()).isCloseTo(2_000.0 / ROWS, org.assertj.core.data.Offset.offset(0.001));
        assertThat(_get(Span.class, spec -> spec.withId("export-progress-text")).getText())
                .isEqualTo("Exporting: 2,000 of 3,000 rows");

        _click(_get(Button.class, spec -> spec.withId("export-cancel")));
        resume.countDown();
        // The download ends in an error, so the browser does not keep a truncated file.
        assertThatThrownBy(download::get).isInstanceOf(ExecutionException.class)
                .rootCause().isInstanceOf(BadRequestException.class).hasMessage("Download cancelled by the user");

        poll();
        assertThat(progressShown()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        expectNotifications("Export cancelled: the file was not completed.");
    }

    @Test
    void aCompletedExportHoldsEveryRowAndStopsWatching() throws Exception {
        links();
        CompletableFuture<byte[]> download = click("export-csv", false);
        await(paused);
        resume.countDown();
        String csv = new String(download.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(ROWS + 1).endsWith("3000");

        poll();
        assertThat(progressShown()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }
}
