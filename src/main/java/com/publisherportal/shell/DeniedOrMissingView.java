package com.publisherportal.shell;

import com.publisherportal.common.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A service said "not found" while a page was opening (another account's item named in the
 * address, say): the same "not found" page, rather than Vaadin's internal-error page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class DeniedOrMissingView extends NotFoundPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show();
    }
}
