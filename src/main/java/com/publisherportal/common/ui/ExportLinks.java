package com.publisherportal.common.ui;

import com.publisherportal.common.export.ExportCancelledException;
import com.publisherportal.common.export.ExportFormat;
import com.publisherportal.common.export.ExportOptions;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import org.apache.catalina.connector.ClientAbortException;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The "Download CSV" and "Download Excel" links of a grid. The file streams to the browser while
 * the rows are read; an export still running after a moment shows its progress (rows written of
 * the rows expected) with a Cancel button. Progress reaches the page by polling while an export
 * runs, so no server push is needed. A cancelled export aborts its response, so the browser
 * reports a failed download instead of saving a truncated file that looks complete.
 */
public final class ExportLinks extends HorizontalLayout {

    /** Writes one export of the grid's rows and returns how many it wrote. */
    @FunctionalInterface
    public interface Export {
        long write(ExportFormat format, ExportOptions options, OutputStream out) throws IOException;
    }

    private enum Outcome { DONE, CANCELLED, FAILED }

    /** One download in flight; written by the request thread, read by the page's polls. */
    private static final class Transfer {
        final long startedAt = System.nanoTime();
        final AtomicLong rows = new AtomicLong();
        volatile long expected = -1;
        volatile boolean cancelled;
        volatile Outcome outcome;
    }

    private static final int POLL_MILLIS = 500;
    /** How long a click waits for its download to start before the page stops polling. */
    private static final long START_TIMEOUT_NANOS = 20_000_000_000L;
    /**
     * The browser sends the download request and the click's event together, and the download
     * often arrives first: a download that started this long before its click still belongs to it.
     */
    private static final long CLICK_SKEW_NANOS = 10_000_000_000L;

    private final Anchor csv = new Anchor();
    private final Anchor xlsx = new Anchor();
    /** Built when a download first runs long enough to show it (about 7 KB a page otherwise; issue 20). */
    private Progress progress;
    private volatile Transfer latest;
    /** UI thread only: the transfer shown, the last one shown, and when the click awaiting one happened. */
    private Transfer watched;
    private Transfer lastWatched;
    private long clickedAt;
    private Registration pollRegistration;

    public ExportLinks() {
        csv.setText(getTranslation("export.csv"));
        csv.setId("export-csv");
        xlsx.setText(getTranslation("export.xlsx"));
        xlsx.setId("export-xlsx");
        for (Anchor anchor : new Anchor[]{csv, xlsx}) {
            anchor.addClassName("portal-export");
            anchor.getElement().setAttribute("download", true);
            // The click also reaches the server, which starts polling for the download's progress.
            anchor.getElement().addEventListener("click", e -> awaitTransfer());
        }
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(csv, xlsx);
    }

    /** A running download's progress: the bar, rows written of the rows expected, and Cancel. */
    private final class Progress extends HorizontalLayout {
        final ProgressBar bar = new ProgressBar();
        final Span status = new Span();
        final Button cancel = new PortalButton();

        Progress() {
            bar.setId("export-progress");
            bar.setWidth("10em");
            status.setId("export-progress-text");
            cancel.setText(getTranslation("export.cancel"));
            cancel.setId("export-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            cancel.addClickListener(e -> {
                if (watched != null) {
                    watched.cancelled = true;
                    status.setText(getTranslation("export.cancelling"));
                    cancel.setEnabled(false);
                }
            });
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            add(bar, status, cancel);
        }
    }

    /**
     * What the links download from now on: a snapshot of the grid's filter, sort and columns
     * captured in {@code export}, to be renewed whenever the grid changes.
     *
     * @param expectedRows how many rows the export will write (asked when the download starts)
     */
    public void set(String baseName, ExportOptions options, LongSupplier expectedRows, Export export) {
        csv.setHref(handler(ExportFormat.CSV, baseName, options, expectedRows, export));
        xlsx.setHref(handler(ExportFormat.XLSX, baseName, options, expectedRows, export));
    }

    private DownloadHandler handler(ExportFormat format, String baseName, ExportOptions options,
                                    LongSupplier expectedRows, Export export) {
        return event -> {
            Transfer transfer = new Transfer();
            latest = transfer;
            event.setFileName(format.fileName(baseName));
            event.setContentType(format.contentType());
            OutputStream out = event.getOutputStream();
            // The file streams outside the UI's own requests and without the session's lock, but its
            // cells are translated and formatted in the reader's language and time zone: the page's UI
            // is made current for that (its locale and zone are read, nothing is changed).
            Map<Class<?>, CurrentInstance> outside = event.getUI() == null ? null : CurrentInstance.setCurrent(event.getUI());
            try {
                transfer.expected = expectedRows.getAsLong();
                export.write(format, options.withProgress(transfer.rows::set, () -> transfer.cancelled), out);
                transfer.outcome = Outcome.DONE;
            } catch (ExportCancelledException e) {
                transfer.outcome = Outcome.CANCELLED;
                // The stream is left open: the failed response tells the browser the file is incomplete.
                throw new DownloadCancelledException();
            } catch (ClientAbortException e) {
                // The browser stopped the download (its own Cancel, or the page closed).
                transfer.outcome = Outcome.CANCELLED;
                throw e;
            } catch (IOException | RuntimeException e) {
                transfer.outcome = Outcome.FAILED;
                throw e;
            } finally {
                if (outside != null) {
                    CurrentInstance.restoreInstances(outside);
                }
            }
            out.close();
        };
    }

    private void awaitTransfer() {
        clickedAt = System.nanoTime();
        getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        pollRegistration = attachEvent.getUI().addPollListener(e -> poll());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pollRegistration.remove();
        if (clickedAt != 0 || watched != null) {
            detachEvent.getUI().setPollInterval(-1);
        }
    }

    /** Shows the progress of the download the last click started, until it ends. */
    private void poll() {
        Transfer transfer = latest;
        if (clickedAt != 0 && transfer != null && transfer != lastWatched
                && transfer.startedAt >= clickedAt - CLICK_SKEW_NANOS) {
            watched = transfer;
            lastWatched = transfer;
            clickedAt = 0;
        }
        if (watched == null) {
            if (clickedAt != 0 && System.nanoTime() - clickedAt > START_TIMEOUT_NANOS) {
                stopWatching();
            }
            return;
        }
        Outcome outcome = watched.outcome;
        if (outcome != null) {
            stopWatching();
            if (outcome == Outcome.CANCELLED) {
                Notify.success("export.cancelled");
            } else if (outcome == Outcome.FAILED) {
                Notify.error(getTranslation("export.failed"));
            }
            return;
        }
        if (progress == null) {
            progress = new Progress();
            add(progress);
        }
        ProgressBar bar = progress.bar;
        Span status = progress.status;
        long rows = watched.rows.get();
        long expected = watched.expected;
        if (rows == 0) {
            // The database may compute the whole result before it hands over the first row.
            bar.setIndeterminate(true);
            status.setText(getTranslation("export.preparing"));
        } else if (expected > 0) {
            bar.setIndeterminate(false);
            bar.setValue(Math.min(1.0, (double) rows / expected));
            status.setText(getTranslation("export.progress", Formats.number(rows), Formats.number(expected)));
        } else {
            bar.setIndeterminate(true);
            status.setText(getTranslation("export.progress-unknown", Formats.number(rows)));
        }
        progress.setVisible(true);
    }

    private void stopWatching() {
        watched = null;
        clickedAt = 0;
        if (progress != null) {
            progress.setVisible(false);
            progress.cancel.setEnabled(true);
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
