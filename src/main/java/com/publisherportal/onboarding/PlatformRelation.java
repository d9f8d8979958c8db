package com.publisherportal.onboarding;

/** How a nominated product relates to the cloud platform (docs/domain.md, Certification prerequisites). */
public enum PlatformRelation {
    RUNS_ON,
    DEPLOYS_TO,
    INTEGRATES_WITH
}
