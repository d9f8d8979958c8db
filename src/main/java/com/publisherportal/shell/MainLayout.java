package com.publisherportal.shell;

import com.publisherportal.account.ProfileService;
import com.publisherportal.common.ui.Markup;
import com.publisherportal.common.ui.MenuSections;
import com.publisherportal.common.ui.OnDemandPopover;
import com.publisherportal.common.ui.PortalButton;
import com.publisherportal.common.ui.TitledView;
import com.publisherportal.notification.NotificationService;
import com.publisherportal.notification.ui.NotificationBell;
import com.publisherportal.security.CurrentUser;
import com.publisherportal.security.PortalUser;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jsoup.nodes.Element;

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
    private OnDemandPopover userMenuPopover;

    public MainLayout(CurrentUser currentUser, ProfileService profiles, AuthenticationContext authentication,
                      NotificationService notifications) {
        addClassName("portal-layout");
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new PlainClickDrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("portal-view-title");
        Div spacer = new Div();
        spacer.addClassName("portal-spacer");
        addToNavbar(toggle, viewTitle, spacer, new NotificationBell(notifications),
                userMenu(currentUser.require(), profiles, authentication));

        Anchor brand = new Anchor("", new Image("images/logo.svg", ""), new Span(getTranslation("app.name")));
        brand.addClassName("portal-brand");
        addToDrawer(brand, new Scroller(navigation(MenuConfiguration.getMenuEntries())));
    }

    /**
     * The side navigation as markup held by one component. Vaadin's side-nav web components mark
     * the current page and navigate through the router on their own, so the server needs no
     * component per entry: 14 entries with their icons kept about 35 KB in every open page of
     * every session (issue 20, bench/load/README.md).
     */
    private Html navigation(List<MenuEntry> entries) {
        Element navigation = Markup.root("div").id("portal-navigation").addClass("portal-navigation");
        addSection(navigation, null, entries, Double.NEGATIVE_INFINITY, MenuSections.STAFF);
        addSection(navigation, "nav.section.staff", entries, MenuSections.STAFF, MenuSections.ADMIN);
        addSection(navigation, "nav.section.admin", entries, MenuSections.ADMIN, Double.POSITIVE_INFINITY);
        return Markup.html(navigation);
    }

    private void addSection(Element navigation, String labelKey, List<MenuEntry> entries, double from, double to) {
        List<MenuEntry> inSection = entries.stream()
                .filter(e -> e.order() != null && e.order() >= from && e.order() < to).toList();
        if (inSection.isEmpty()) {
            return;
        }
        Element nav = navigation.appendElement("vaadin-side-nav");
        if (labelKey != null) {
            nav.appendElement("span").attr("slot", "label").text(getTranslation(labelKey));
        }
        for (MenuEntry entry : inSection) {
            String path = trimmed(entry.path());
            Element item = nav.appendElement("vaadin-side-nav-item").attr("path", path).text(getTranslation(entry.title()));
            // "Offers" stays highlighted on an offer's pages (offers/12/listing…), unless a page
            // below has its own entry (attribution/check), which is then the one highlighted.
            if (!path.isEmpty() && entries.stream().map(e -> trimmed(e.path())).noneMatch(other -> other.startsWith(path + "/"))) {
                item.attr("match-nested", true);
            }
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            }
        }
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

    /**
     * The signed-in user's menu: profile, language and sign-out in a popover built when it opens
     * (kept built in every page, its menu items cost each session about 22 KB; issue 20).
     */
    private Component userMenu(PortalUser user, ProfileService profiles, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        Button who = new PortalButton(user.displayName(), avatar);
        who.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        who.addClassName("portal-user-menu");
        who.setId("user-menu");
        userMenuPopover = new OnDemandPopover(who, () -> userMenuEntries(profiles, authentication));
        userMenuPopover.setAriaLabel(user.displayName());
        return who;
    }

    private Component userMenuEntries(ProfileService profiles, AuthenticationContext authentication) {
        Div entries = new Div();
        entries.addClassName("portal-user-entries");
        entries.add(entry(getTranslation("menu.profile"), "user-profile", e -> UI.getCurrent().navigate(PROFILE_ROUTE)));
        Span language = new Span(getTranslation("menu.language"));
        language.addClassName("portal-user-entries-label");
        entries.add(language);
        String current = getLocale().getLanguage();
        for (String code : List.of("en", "fr")) {
            Button choice = entry(getTranslation("language." + code), "language-" + code, e -> {
                profiles.changeLanguage(code);
                UI.getCurrent().getSession().setLocale(java.util.Locale.forLanguageTag(code));
                UI.getCurrent().getPage().reload();
            });
            boolean chosen = code.equals(current);
            // Every choice has the tick's room, so both names line up; only the chosen one shows it.
            Icon tick = VaadinIcon.CHECK.create();
            tick.getStyle().set("visibility", chosen ? "visible" : "hidden");
            choice.setIcon(tick);
            choice.getElement().setAttribute("aria-pressed", Boolean.toString(chosen));
            entries.add(choice);
        }
        entries.add(entry(getTranslation("menu.sign-out"), "sign-out", e -> authentication.logout()));
        return entries;
    }

    private static Button entry(String text, String id, ComponentEventListener<ClickEvent<Button>> action) {
        Button entry = new PortalButton(text, action);
        entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        entry.setId(id);
        return entry;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // The layout stays across pages: the menu that led to another page closes.
        if (userMenuPopover != null) {
            userMenuPopover.close();
        }
        Menu menu = getContent() == null ? null : getContent().getClass().getAnnotation(Menu.class);
        String titleKey = getContent() instanceof TitledView titled ? titled.titleKey() : menu == null ? null : menu.title();
        viewTitle.setText(titleKey == null ? "" : getTranslation(titleKey));
        UI.getCurrent().getPage().setTitle(viewTitle.getText().isEmpty() ? getTranslation("app.name")
                : viewTitle.getText() + " · " + getTranslation("app.name"));
    }

    /** Vaadin's drawer toggle asking for a plain click, as a {@link PortalButton} does (issue 20). */
    private static final class PlainClickDrawerToggle extends DrawerToggle {

        @Override
        protected <E extends ComponentEvent<?>> Registration addListener(Class<E> eventType, ComponentEventListener<E> listener) {
            return ClickEvent.class.equals(eventType) ? PortalButton.PlainClick.listen(this, listener) : super.addListener(eventType, listener);
        }

        @Override
        protected void fireEvent(ComponentEvent<?> event) {
            super.fireEvent(PortalButton.PlainClick.of(event));
        }
    }
}
