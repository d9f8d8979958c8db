package com.publisherportal.security;

/** Roles inside a publisher account, modelled on Partner Center (docs/domain.md, Users and roles). */
public enum AccountRole {
    /** Everything, including users and customers' personal data. */
    OWNER,
    /** Users, offers, leads. */
    MANAGER,
    /** Offers, technical assets, tracking GUIDs. */
    DEVELOPER,
    /** Listing text and media, campaigns, non-financial insights. */
    MARKETER,
    /** Orders and revenue insights, exports. */
    FINANCIAL;

    public String authority() {
        return "ROLE_" + name();
    }
}
