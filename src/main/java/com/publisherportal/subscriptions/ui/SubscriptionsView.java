package com.publisherportal.subscriptions.ui;

import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.PortalException;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.FormErrors;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.ComponentTexts;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.ui.Notify;
import com.publisherportal.security.AccountRole;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.publisherportal.security.Roles;
import com.publisherportal.subscriptions.MarketplaceApi.SubscriptionStatus;
import com.publisherportal.subscriptions.SaasSubscription;
import com.publisherportal.subscriptions.SubscriptionFilter;
import com.publisherportal.subscriptions.SubscriptionOperation;
import com.publisherportal.subscriptions.SubscriptionService;
import com.publisherportal.subscriptions.UsageMonth;
import com.publisherportal.subscriptions.UsageOutcome;
import com.publisherportal.subscriptions.UsageService;
import com.publisherportal.subscriptions.UsageStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The register of the account's SaaS subscriptions (owners, managers, financial users): every
 * subscription with its status, plan, quantity, term, purchaser and beneficiary, filtered and
 * sorted in SQL, downloadable as CSV or Excel; each one's history of operations on a click; the
 * metered usage reported per dimension and month, and (owners and managers) a CSV upload of usage.
 */
@Route("subscriptions")
@Menu(title = "nav.subscriptions", order = 25, icon = "vaadin:invoice")
@RolesAllowed({Roles.OWNER, Roles.MANAGER, Roles.FINANCIAL})
public class SubscriptionsView extends VerticalLayout {

    private final SubscriptionService subscriptions;
    private final UsageService usage;
    private final long accountId;
    private final Grid<SaasSubscription> grid = new PortalGrid<>();
    private final GridExport<SaasSubscription> export = new GridExport<>(grid);
    private final MultiSelectComboBox<SubscriptionStatus> status = new MultiSelectComboBox<>();
    private final TextField search = new TextField();
    private final Grid<UsageMonth> months = new PortalGrid<>();

    public SubscriptionsView(SubscriptionService subscriptions, UsageService usage, CurrentUser currentUser,
                             TableExporter exporter) {
        this.subscriptions = subscriptions;
        this.usage = usage;
        PortalUser me = currentUser.require();
        this.accountId = me.accountId();
        addClassName("portal-page");
        setWidthFull();

        add(new H2(getTranslation("subscriptions.register.title")), new Paragraph(getTranslation("subscriptions.register.intro")));

        status.setLabel(getTranslation("subscriptions.register.status"));
        status.setItems(SubscriptionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("subscriptions.status." + s.name()));
        status.setId("subscriptions-status-filter");
        status.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("subscriptions.register.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(200);
        search.setId("subscriptions-search");
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(status, search, export.links());
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(filters);

        grid.setId("subscriptions-grid");
        grid.setEmptyStateText(getTranslation("subscriptions.grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        export.text("offer", getTranslation("subscriptions.register.offer"), SaasSubscription::offerName).setSortable(true).setSortProperty("offer");
        export.text("name", getTranslation("subscriptions.register.name"), SaasSubscription::name).setSortable(true).setSortProperty("name");
        export.text("plan", getTranslation("subscriptions.register.plan"), SaasSubscription::planId).setSortable(true).setSortProperty("plan");
        export.integer("quantity", getTranslation("subscriptions.register.quantity"), SaasSubscription::quantity).setSortable(true).setSortProperty("quantity");
        export.text("status", getTranslation("subscriptions.register.status"), s -> getTranslation("subscriptions.status." + s.status().name()))
                .setSortable(true).setSortProperty("status");
        export.date("termEnd", getTranslation("subscriptions.register.term-end"), s -> s.termEnd() == null ? null
                : s.termEnd().atStartOfDay(ZoneOffset.UTC).toInstant()).setSortable(true).setSortProperty("termEnd");
        export.text("purchaser", getTranslation("subscriptions.register.purchaser"), SaasSubscription::purchaserEmail);
        export.text("beneficiary", getTranslation("subscriptions.register.beneficiary"), SaasSubscription::beneficiaryEmail);
        export.timestamp("createdAt", getTranslation("subscriptions.register.created"), SaasSubscription::createdAt)
                .setSortable(true).setSortProperty("createdAt");
        export.text("subscriptionId", getTranslation("subscriptions.register.id"), SaasSubscription::subscriptionId);
        // Names and e-mail addresses read whole; the grid scrolls sideways when they need more room.
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> subscriptions.find(accountId, filter(), sorts(grid.getSortOrder()),
                        RowWindow.of(query.getOffset(), query.getLimit())).stream(),
                query -> subscriptions.count(accountId, filter()));
        grid.sort(GridSortOrder.desc(grid.getColumnByKey("createdAt")).build());
        export.bindPaged(exporter, "subscriptions-" + LocalDate.now(Formats.zone()), getTranslation("subscriptions.register.sheet"),
                (sorts, window) -> subscriptions.find(accountId, filter(), sorts.stream()
                        .map(s -> new SortKey(s.getSorted(), s.getDirection() == SortDirection.ASCENDING)).toList(), window));
        grid.addItemClickListener(e -> history(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.setHeight("28rem");
        add(grid);

        add(new H3(getTranslation("subscriptions.usage.title")));
        months.setId("subscriptions-usage-months");
        months.setEmptyStateText(getTranslation("subscriptions.usage.empty"));
        months.setAllRowsVisible(true);
        months.addColumn(m -> m.month().toString()).setHeader(getTranslation("subscriptions.usage.month"));
        months.addColumn(UsageMonth::dimension).setHeader(getTranslation("subscriptions.usage.dimension"));
        months.addColumn(m -> m.acceptedQuantity().stripTrailingZeros().toPlainString()).setHeader(getTranslation("subscriptions.usage.quantity"));
        months.addColumn(UsageMonth::accepted).setHeader(getTranslation("subscriptions.usage.status.ACCEPTED"));
        months.addColumn(UsageMonth::duplicate).setHeader(getTranslation("subscriptions.usage.status.DUPLICATE"));
        months.addColumn(UsageMonth::rejected).setHeader(getTranslation("subscriptions.usage.status.REJECTED"));
        months.addColumn(UsageMonth::pending).setHeader(getTranslation("subscriptions.usage.status.PENDING"));
        months.setItems(usage.months(accountId, null));
        add(months);

        if (me.accountRole() == AccountRole.OWNER || me.accountRole() == AccountRole.MANAGER) {
            add(new Paragraph(getTranslation("subscriptions.usage.csv.help")));
            add(upload());
        }
    }

    private SubscriptionFilter filter() {
        return new SubscriptionFilter(status.getValue(), null, search.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        export.refresh();
    }

    static List<SortKey> sorts(List<GridSortOrder<SaasSubscription>> orders) {
        return orders.stream().map(o -> new SortKey(o.getSorted().getKey(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private void history(SaasSubscription s) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("subscriptions.history.title", s.name()));
        Grid<SubscriptionOperation> operations = new PortalGrid<>();
        operations.setId("subscription-history");
        operations.setAllRowsVisible(true);
        operations.addColumn(o -> Formats.dateTime(o.receivedAt())).setHeader(getTranslation("subscriptions.history.when"));
        operations.addColumn(o -> getTranslation("subscriptions.action." + o.action().name())).setHeader(getTranslation("subscriptions.history.action"));
        operations.addColumn(SubscriptionOperation::planId).setHeader(getTranslation("subscriptions.register.plan"));
        operations.addColumn(o -> o.quantity() == null ? "" : String.valueOf(o.quantity())).setHeader(getTranslation("subscriptions.register.quantity"));
        operations.addColumn(o -> getTranslation("subscriptions.outcome." + o.outcome().name())).setHeader(getTranslation("subscriptions.history.outcome"));
        operations.setItems(subscriptions.history(accountId, s.subscriptionId()));
        operations.setWidth("48rem");
        dialog.add(operations);
        dialog.getFooter().add(new PortalButton(getTranslation("subscriptions.close"), e -> dialog.close()));
        dialog.open();
    }

    private Upload upload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) {
                try (InputStream in = event.getInputStream()) {
                    List<UsageOutcome> outcomes = usage.reportCsv(accountId, in);
                    long accepted = outcomes.stream().filter(o -> o.status() == UsageStatus.ACCEPTED).count();
                    long rejected = outcomes.stream().filter(o -> o.status() == UsageStatus.REJECTED).count();
                    ui.access(() -> {
                        Notify.success("subscriptions.usage.csv.done", outcomes.size(), accepted, rejected);
                        months.setItems(usage.months(accountId, null));
                    });
                } catch (PortalException ex) {
                    String message = FormErrors.text(ui, ex);
                    event.reject(message);
                    ui.access(() -> Notify.error(message));
                } catch (IOException ex) {
                    event.reject();
                }
            }

            @Override
            public long getFileSizeMax() {
                return UsageService.MAX_CSV_BYTES + 1024;
            }
        });
        upload.setId("subscriptions-usage-csv");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        ComponentTexts.localise(upload);
        return upload;
    }
}
