package com.publisherportal.insights;

/** Deployments counted under one tracking GUID in a range. */
public record GuidFigures(String trackingGuid, long deployments, long succeeded) {
}
