package com.publisherportal.insights;

import java.time.LocalDate;

/** New deployments reported under one tracking GUID on one day, country and region. */
public record DeploymentRow(long id, LocalDate date, String trackingGuid, String offerName, String method,
                            String customerCountry, String azureRegion, int deployments, int succeeded) {
}
