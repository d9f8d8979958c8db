package com.publisherportal.common.ui;

/** A view that is not in the menu names its own title, as an I18N key. */
public interface TitledView {
    String titleKey();
}
