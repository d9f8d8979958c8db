package com.publisherportal.insights;

import com.publisherportal.security.AccountRole;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The insights reports, each defined once in its own class ({@link ReportDefinition}), and the
 * reading rights they share. Orders and usage carry money; customers, marketplace insights and
 * deployments do not, and deployments are for developers too. To add a report: its row record,
 * its definition class, a line here, its view, and its message keys in both bundles.
 */
public final class Reports {

    /** Who sees orders, usage and revenue (elsewhere, e.g. in the summary, money is left out for the others). */
    public static final Set<AccountRole> MONEY_READERS = Set.copyOf(
            EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL));
    /** Who reads the summary and the non-financial reports. */
    public static final Set<AccountRole> NON_FINANCIAL_READERS = Set.copyOf(
            EnumSet.of(AccountRole.OWNER, AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER));
    /** Who reads deployments: developers too. */
    public static final Set<AccountRole> DEPLOYMENT_READERS = Set.copyOf(EnumSet.of(AccountRole.OWNER,
            AccountRole.MANAGER, AccountRole.FINANCIAL, AccountRole.MARKETER, AccountRole.DEVELOPER));

    /** The summary dashboard's route and readers; it is not a report of rows. */
    public static final String SUMMARY_ROUTE = "insights";
    public static final Set<AccountRole> SUMMARY_READERS = NON_FINANCIAL_READERS;

    public static final ReportDefinition<OrderRow> ORDERS = OrdersReport.definition();
    public static final ReportDefinition<UsageRow> USAGE = UsageReport.definition();
    public static final ReportDefinition<CustomerRow> CUSTOMERS = CustomersReport.definition();
    public static final ReportDefinition<VisitRow> MARKETPLACE = MarketplaceReport.definition();
    public static final ReportDefinition<DeploymentRow> DEPLOYMENTS = DeploymentsReport.definition();

    private static final List<ReportDefinition<?>> ALL = List.of(ORDERS, USAGE, CUSTOMERS, MARKETPLACE, DEPLOYMENTS);

    private Reports() {
    }

    /** Every report, in the navigation's order. */
    public static List<ReportDefinition<?>> all() {
        return ALL;
    }

    /** The report of a reports-API path segment, ignoring case. */
    public static Optional<ReportDefinition<?>> byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(r -> r.name().equals(wanted)).findFirst();
    }

    /** Whether a role sees money (orders, usage, revenue). */
    public static boolean seesMoney(AccountRole role) {
        return MONEY_READERS.contains(role);
    }
}
