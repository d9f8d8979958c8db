package com.publisherportal.insights;

import com.publisherportal.common.export.ColumnType;

import static com.publisherportal.insights.ReportDefinition.date;

/** New deployments reported under the account's tracking GUIDs (docs/domain.md, Customer usage attribution), per day: developers read them too. */
final class DeploymentsReport {

    private DeploymentsReport() {
    }

    static ReportDefinition<DeploymentRow> definition() {
        return ReportDefinition.<DeploymentRow>builder("deployments", "insights/deployments")
                .readers(Reports.DEPLOYMENT_READERS)
                .from("insight_deployment r", """
                        r.id, r.deployment_date, r.tracking_guid, r.offer_name, r.method, r.customer_country,
                        r.azure_region, r.deployments, r.succeeded""")
                .rangeOn("r.deployment_date")
                .slicedBy(SliceColumns.none().market("r.customer_country").offer("r.offer_ref"))
                .searchIn("r.tracking_guid", "r.azure_region")
                .column(ReportColumn.<DeploymentRow>of("date", "Date", ColumnType.DATE, 12, DeploymentRow::date)
                        .sortBy("r.deployment_date"))
                .column(ReportColumn.<DeploymentRow>of("trackingGuid", "TrackingGuid", ColumnType.TEXT, 36,
                        DeploymentRow::trackingGuid).sortBy("r.tracking_guid"))
                .column(ReportColumn.<DeploymentRow>of("offerName", "OfferName", ColumnType.TEXT, 28, DeploymentRow::offerName)
                        .sortBy("r.offer_name").nullable())
                .column(ReportColumn.<DeploymentRow>of("method", "DeploymentMethod", ColumnType.TEXT, 12, DeploymentRow::method)
                        .sortBy("r.method"))
                .column(ReportColumn.country("customerCountry", "CustomerCountry", 16, DeploymentRow::customerCountry))
                .column(ReportColumn.<DeploymentRow>of("azureRegion", "AzureRegion", ColumnType.TEXT, 16, DeploymentRow::azureRegion)
                        .sortBy("r.azure_region"))
                .column(ReportColumn.<DeploymentRow>of("deployments", "Deployments", ColumnType.INTEGER, 10,
                        DeploymentRow::deployments).sortBy("r.deployments"))
                .column(ReportColumn.<DeploymentRow>of("succeeded", "Succeeded", ColumnType.INTEGER, 10, DeploymentRow::succeeded)
                        .sortBy("r.succeeded"))
                .defaultSort("date")
                .rows((rs, i) -> new DeploymentRow(rs.getLong("id"), date(rs, "deployment_date"), rs.getString("tracking_guid"),
                        rs.getString("offer_name"), rs.getString("method"), rs.getString("customer_country"),
                        rs.getString("azure_region"), rs.getInt("deployments"), rs.getInt("succeeded")))
                .build();
    }
}
