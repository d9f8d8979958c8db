package com.publisherportal.listing;

/** Marketing artifacts of a listing and their limits (docs/domain.md, Storefront listing limits). */
public enum MediaKind {
    LOGO_SMALL(1, 48, 48),
    LOGO_LARGE(1, 216, 216),
    SCREENSHOT(5, 1280, 720),
    /** A YouTube or Vimeo link with its 1280×720 thumbnail. */
    VIDEO(4, 1280, 720),
    DOCUMENT(3, 0, 0);

    private final int maxCount;
    private final int width;
    private final int height;

    MediaKind(int maxCount, int width, int height) {
        this.maxCount = maxCount;
        this.width = width;
        this.height = height;
    }

    public int maxCount() {
        return maxCount;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean isImage() {
        return this != DOCUMENT;
    }
}
