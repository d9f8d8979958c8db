package com.publisherportal.shell;

import com.publisherportal.account.ProfileService;
import com.publisherportal.common.ui.MenuSections;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.notification.ui.NotificationBell;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import java.util.List;

/**
 * The portal's frame around every view that does not opt out ({@code autoLayout = false}): a side
 * navigation built from the views' own {@code @Menu} entries, listing only those the signed-in user
 * may open (Vaadin filters them by each view's access annotations), and a user menu with profile,
 * language and sign-out. No view names this layout, and this layout names no view.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The account module's profile page (a route, so the shell depends on no feature's views). */
    private static final String PROFILE_ROUTE = "profile";

    private final H1 viewTitle = new H1();

    public MainLayout(CurrentUser currentUser, ProfileService profiles, AuthenticationContext authentication,
                      NotificationService notifications) {
        addClassName("portal-layout");
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("portal-view-title");
        Div spacer = new Div();
        spacer.addClassName("portal-spacer");
        addToNavbar(toggle, viewTitle, spacer, new NotificationBell(notifications),
                userMenu(currentUser.require(), profiles, authentication));

        Anchor brand = new Anchor("", new Image("images/logo.svg", ""), new Span(getTranslation("app.name")));
        brand.addClassName("portal-brand");
        Div navigation = new Div();
        navigation.addClassName("portal-navigation");
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        addSection(navigation, null, entries, Double.NEGATIVE_INFINITY, MenuSections.STAFF);
        addSection(navigation, "nav.section.staff", entries, MenuSections.STAFF, MenuSections.ADMIN);
        addSection(navigation, "nav.section.admin", entries, MenuSections.ADMIN, Double.POSITIVE_INFINITY);
        addToDrawer(brand, new Scroller(navigation));
    }

    private void addSection(Div navigation, String labelKey, List<MenuEntry> entries, double from, double to) {
        List<MenuEntry> inSection = entries.stream()
                .filter(e -> e.order() != null && e.order() >= from && e.order() < to).toList();
        if (inSection.isEmpty()) {
            return;
        }
        SideNav nav = new SideNav();
        if (labelKey != null) {
            nav.setLabel(getTranslation(labelKey));
        }
        for (MenuEntry entry : inSection) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            // "Offers" stays highlighted on an offer's pages (offers/12/listing…), unless a page
            // below has its own entry (attribution/check), which is then the one highlighted.
            String path = trimmed(entry.path());
            item.setMatchNested(!path.isEmpty() && entries.stream().map(e -> trimmed(e.path()))
                    .noneMatch(other -> other.startsWith(path + "/")));
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        navigation.add(nav);
    }

    /** A menu path without its leading and trailing slashes ("" for the dashboard). */
    private static String trimmed(String path) {
        String p = path == null ? "" : path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private Component userMenu(PortalUser user, ProfileService profiles, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("portal-user-menu");
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        Div who = new Div(avatar, new Span(user.displayName()));
        who.addClassName("portal-user");
        MenuItem root = menu.addItem(who);
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("menu.profile"), e -> UI.getCurrent().navigate(PROFILE_ROUTE));
        SubMenu language = sub.addItem(getTranslation("menu.language")).getSubMenu();
        String current = getLocale().getLanguage();
        for (String code : List.of("en", "fr")) {
            MenuItem item = language.addItem(getTranslation("language." + code), e -> {
                profiles.changeLanguage(code);
                UI.getCurrent().getSession().setLocale(java.util.Locale.forLanguageTag(code));
                UI.getCurrent().getPage().reload();
            });
            item.setCheckable(true);
            item.setChecked(code.equals(current));
            item.setId("language-" + code);
        }
        sub.addItem(getTranslation("menu.sign-out"), e -> authentication.logout()).setId("sign-out");
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Menu menu = getContent() == null ? null : getContent().getClass().getAnnotation(Menu.class);
        String titleKey = getContent() instanceof TitledView titled ? titled.titleKey() : menu == null ? null : menu.title();
        viewTitle.setText(titleKey == null ? "" : getTranslation(titleKey));
        UI.getCurrent().getPage().setTitle(viewTitle.getText().isEmpty() ? getTranslation("app.name")
                : viewTitle.getText() + " · " + getTranslation("app.name"));
    }
}
