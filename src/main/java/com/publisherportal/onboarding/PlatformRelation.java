package com.publisherportal.onboarding;

/** How a nominated product relates to the cloud platform (domain.md 2.3). */
public enum PlatformRelation {
    RUNS_ON,
    DEPLOYS_TO,
    INTEGRATES_WITH
}
