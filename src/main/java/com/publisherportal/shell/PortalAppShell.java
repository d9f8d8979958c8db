package com.publisherportal.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: the stylesheets, the icon and the title a browser tab shows. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
public class PortalAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/logo.svg", "32x32");
        settings.setPageTitle("Publisher Portal");
    }
}
