package app.coulisse.shell.ui;

import app.coulisse.core.Languages;
import app.coulisse.security.AppUser;
import app.coulisse.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The frame around every screen: the side navigation lists only the views the user's role may
 * open (from their {@code @Menu} entries), the header shows who is logged in, the language and
 * logout.
 */
@Layout
@PermitAll
@StyleSheet("context://styles/coulisse.css")
public class MainLayout extends AppLayout {

    private final transient UserService userService;

    public MainLayout(UserService userService, AuthenticationContext authentication) {
        this.userService = userService;
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("brand");
        addToDrawer(brand, navigation());

        Span user = new Span(userService.currentUser().map(AppUser::getDisplayName).orElse(""));
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        MenuBar userMenu = userMenu(user);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), userMenu, languageSwitch(), logout);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(userMenu);
        addToNavbar(header);
    }

    /** The user's name, opening their own account actions. */
    private MenuBar userMenu(Span user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("nav.user-menu"));
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem account = menu.addItem(user);
        account.getSubMenu().addItem(getTranslation("password.change.menu"),
                event -> new ChangePasswordDialog(userService).open()).setId("change-password");
        return menu;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Select<Locale> languageSwitch() {
        Select<Locale> language = new Select<>();
        language.setId("language");
        language.setAriaLabel(getTranslation("nav.language"));
        language.setItems(Languages.SUPPORTED);
        language.setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        language.setValue(Languages.SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(event -> switchTo(event.getValue()));
        return language;
    }

    private void switchTo(Locale locale) {
        userService.changeLanguage(locale);
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        // Rebuild the layout and the view so every label is read again in the new language.
        ui.refreshCurrentRoute(true);
    }
}
