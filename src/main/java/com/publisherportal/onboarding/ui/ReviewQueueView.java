package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.AccountSummary;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.QueueFilter;
import com.publisherportal.onboarding.QueueItem;
import com.publisherportal.onboarding.QueueKind;
import com.publisherportal.onboarding.ReviewService;
import com.publisherportal.security.Roles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Staff: everything waiting for a decision, oldest first, with its service-level clock. */
@Route("staff/queue")
@Menu(title = "nav.review-queue", order = MenuSections.STAFF, icon = "vaadin:tasks")
@RolesAllowed(Roles.STAFF)
public class ReviewQueueView extends VerticalLayout {

    public ReviewQueueView(ReviewService reviews, AccountService accounts, Clock clock) {
        addClassName("portal-page");
        setSizeFull();
        Select<QueueKind> kind = new Select<>();
        kind.setLabel(getTranslation("queue.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("common.any"));
        kind.setItems(QueueKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("common.any") : getTranslation(k.messageKey()));
        kind.setId("queue-kind");
        ComboBox<AccountSummary> publisher = new ComboBox<>(getTranslation("queue.filter.publisher"));
        publisher.setItems(accounts.listAccounts(null, List.of(), RowWindow.of(0, 1000)));
        publisher.setItemLabelGenerator(AccountSummary::displayName);
        publisher.setClearButtonVisible(true);
        Select<Integer> age = new Select<>();
        age.setLabel(getTranslation("queue.filter.age"));
        age.setEmptySelectionAllowed(true);
        age.setEmptySelectionCaption(getTranslation("common.any"));
        age.setItems(1, 3, 7, 14);
        age.setItemLabelGenerator(d -> d == null ? getTranslation("common.any") : getTranslation("queue.filter.older-than", d));
        Select<ClockStatus> clockStatus = new Select<>();
        clockStatus.setLabel(getTranslation("queue.filter.clock"));
        clockStatus.setEmptySelectionAllowed(true);
        clockStatus.setEmptySelectionCaption(getTranslation("common.any"));
        clockStatus.setItems(ClockStatus.values());
        clockStatus.setItemLabelGenerator(c -> c == null ? getTranslation("common.any") : getTranslation("clock." + c.name()));
        clockStatus.setId("queue-clock");

        Grid<QueueItem> grid = new Grid<>();
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(i -> getTranslation(i.kind().messageKey())).setKey("kind").setSortable(true).setHeader(getTranslation("queue.kind"));
        grid.addColumn(QueueItem::publisherName).setKey("publisherName").setSortable(true).setHeader(getTranslation("queue.publisher"));
        grid.addColumn(QueueItem::title).setKey("title").setSortable(true).setHeader(getTranslation("queue.item")).setFlexGrow(2);
        grid.addColumn(i -> Formats.dateTime(i.submittedAt())).setKey("submittedAt").setSortable(true).setHeader(getTranslation("common.submitted")).setAutoWidth(true);
        grid.addColumn(i -> Formats.weekdayDate(i.dueAt())).setKey("dueAt").setSortable(true).setHeader(getTranslation("queue.due")).setAutoWidth(true);
        grid.addComponentColumn(i -> OnboardingStatus.clock(this, reviews.clockStatus(i.dueAt()))).setHeader(getTranslation("queue.clock"));
        grid.addColumn(i -> i.claimedBy() == null ? "" : i.claimedBy()).setHeader(getTranslation("queue.claimed-by"));
        grid.setItems(query -> {
                    QueueFilter filter = filter(kind, publisher, age, clockStatus, clock);
                    List<SortKey> sorts = query.getSortOrders().stream().map(o -> new SortKey(o.getSorted(),
                            o.getDirection() == SortDirection.ASCENDING)).toList();
                    return reviews.queue(filter, sorts, RowWindow.of(query.getOffset(), query.getLimit())).stream();
                },
                query -> reviews.count(filter(kind, publisher, age, clockStatus, clock)));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().link()));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        publisher.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        age.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        clockStatus.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(kind, publisher, age, clockStatus);
        filters.setWrap(true);
        add(filters, grid);
    }

    private static QueueFilter filter(Select<QueueKind> kind, ComboBox<AccountSummary> publisher, Select<Integer> age,
                                      Select<ClockStatus> clockStatus, Clock clock) {
        return new QueueFilter(kind.getValue(), publisher.getValue() == null ? null : publisher.getValue().id(),
                age.getValue() == null ? null : clock.instant().minus(Duration.ofDays(age.getValue())), clockStatus.getValue());
    }
}
