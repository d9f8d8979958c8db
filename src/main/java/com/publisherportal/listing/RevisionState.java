package com.publisherportal.listing;

public enum RevisionState {
    /** What the publisher edits; not shown on the storefront. */
    DRAFT,
    /** What the storefront shows. */
    LIVE,
    /** A former live revision, kept for the history. */
    SUPERSEDED
}
