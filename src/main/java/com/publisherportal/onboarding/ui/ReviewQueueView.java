package com.publisherportal.onboarding.ui;

import com.publisherportal.common.ui.PortalGrid;
import com.publisherportal.common.ui.GridExport;
import com.publisherportal.common.export.TableExporter;
import com.publisherportal.common.ui.MenuSections;

import com.publisherportal.account.AccountService;
import com.publisherportal.account.AccountSummary;
import com.publisherportal.common.RowWindow;
import com.publisherportal.common.SortKey;
import com.publisherportal.common.ui.Formats;
import com.publisherportal.onboarding.ClockStatus;
import com.publisherportal.onboarding.QueueFilter;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
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

    /** A choice of the reviewer filter: anyone (no claim filter), nobody, or one reviewer. */
    private record ReviewerChoice(String label, QueueFilter.Claim claim, Long reviewerId) {
    }

    public ReviewQueueView(ReviewService reviews, AccountService accounts, Clock clock, TableExporter exporter,
                           CurrentUser currentUser) {
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
        Select<ReviewerChoice> reviewer = new Select<>();
        reviewer.setLabel(getTranslation("queue.filter.reviewer"));
        reviewer.setId("queue-reviewer");
        PortalUser me = currentUser.require();
        List<ReviewerChoice> choices = new java.util.ArrayList<>(List.of(
                new ReviewerChoice(getTranslation("common.any"), null, null),
                new ReviewerChoice(getTranslation("queue.filter.unclaimed"), QueueFilter.Claim.UNCLAIMED, null),
                new ReviewerChoice(getTranslation("queue.filter.mine"), QueueFilter.Claim.CLAIMED_BY, me.userId())));
        if (me.isAdmin()) {
            reviews.reviewers().stream().filter(m -> m.userId() != me.userId()).forEach(m ->
                    choices.add(new ReviewerChoice(m.displayName(), QueueFilter.Claim.CLAIMED_BY, m.userId())));
        }
        reviewer.setItems(choices);
        reviewer.setItemLabelGenerator(ReviewerChoice::label);
        reviewer.setValue(choices.getFirst());

        Grid<QueueItem> grid = new PortalGrid<>();
        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        GridExport<QueueItem> export = new GridExport<>(grid);
        export.text("kind", getTranslation("queue.kind"), i -> getTranslation(i.kind().messageKey())).setSortable(true);
        export.text("publisherName", getTranslation("queue.publisher"), QueueItem::publisherName).setSortable(true);
        export.text("title", getTranslation("queue.item"), QueueItem::title).setSortable(true).setFlexGrow(2);
        export.timestamp("submittedAt", getTranslation("common.submitted"), QueueItem::submittedAt).setSortable(true)
                .setAutoWidth(true);
        export.text("dueAt", getTranslation("queue.due"), i -> Formats.weekdayDate(i.dueAt())).setSortable(true)
                .setAutoWidth(true);
        export.exportAs(grid.addComponentColumn(i -> OnboardingStatus.due(this, reviews.dueState(i.dueAt())))
                        .setKey("clock").setHeader(getTranslation("queue.clock")).setAutoWidth(true), getTranslation("queue.clock"),
                i -> OnboardingStatus.due(this, reviews.dueState(i.dueAt())).getText());
        export.text("claimedBy", getTranslation("queue.claimed-by"), i -> i.claimedBy() == null ? "" : i.claimedBy());
        grid.setItems(query -> {
                    QueueFilter filter = filter(kind, publisher, age, clockStatus, reviewer, clock);
                    List<SortKey> sorts = query.getSortOrders().stream().map(o -> new SortKey(o.getSorted(),
                            o.getDirection() == SortDirection.ASCENDING)).toList();
                    return reviews.queue(filter, sorts, RowWindow.of(query.getOffset(), query.getLimit())).stream();
                },
                query -> reviews.count(filter(kind, publisher, age, clockStatus, reviewer, clock)));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().link()));
        export.bindPaged(exporter, "review-queue", getTranslation("queue.export.sheet"), (sorts, window) ->
                reviews.queue(filter(kind, publisher, age, clockStatus, reviewer, clock), sorts.stream().map(o -> new SortKey(
                        o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList(), window));
        kind.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        publisher.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        age.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        clockStatus.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reviewer.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(kind, publisher, age, clockStatus, reviewer, export.links());
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters, grid);
    }

    private static QueueFilter filter(Select<QueueKind> kind, ComboBox<AccountSummary> publisher, Select<Integer> age,
                                      Select<ClockStatus> clockStatus, Select<ReviewerChoice> reviewer, Clock clock) {
        ReviewerChoice who = reviewer.getValue();
        return new QueueFilter(kind.getValue(), publisher.getValue() == null ? null : publisher.getValue().id(),
                age.getValue() == null ? null : clock.instant().minus(Duration.ofDays(age.getValue())), clockStatus.getValue(),
                who == null ? null : who.claim(), who == null ? null : who.reviewerId());
    }
}
