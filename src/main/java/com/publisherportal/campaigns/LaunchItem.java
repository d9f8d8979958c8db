package com.publisherportal.campaigns;

/** The go-to-market checklist of an offer (docs/domain.md, Go-to-market). */
public enum LaunchItem {
    ANNOUNCED,
    PROMOTED_ON_SITE,
    TEST_DRIVE_PUBLISHED,
    LEAD_SHARING_ENABLED,
    PARTNER_MANAGER_CONTACTED
}
