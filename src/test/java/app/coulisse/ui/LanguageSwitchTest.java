package app.coulisse.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.security.UserService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitchTest extends KaribuTest {

    @Autowired
    UserService userService;

    @Test
    @SuppressWarnings("unchecked")
    void switching_to_french_changes_the_labels_and_is_remembered() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        assertThat(_get(Grid.class, spec -> spec.withId("episodes")).getColumnByKey("title").getHeaderText()).isEqualTo("Title");

        _setValue(_get(Select.class, spec -> spec.withId("language")), Locale.FRENCH);

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).containsExactly("Saison", "Distribution", "Numéros dansés", "Éléments", "Rapports", "Importer",
                "Production");
        assertThat(_get(Grid.class, spec -> spec.withId("episodes")).getColumnByKey("title").getHeaderText()).isEqualTo("Titre");
        assertThat(userService.currentUser().orElseThrow().getLocale().orElseThrow().getLanguage()).isEqualTo("fr");
    }

    @Test
    void a_user_who_never_chose_gets_the_language_the_login_page_was_shown_in() {
        loginAs("writer", Locale.FRENCH);
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).startsWith("Saison", "Distribution");
    }

    @Test
    void a_user_who_chose_english_keeps_it_in_a_french_browser() {
        actAs("production", "PRODUCTION");
        userService.changeLanguage(Locale.ENGLISH);

        loginAs("production", Locale.FRENCH);
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).startsWith("Season", "Cast");
    }

    @Test
    void a_user_who_chose_french_gets_french_at_the_next_login() {
        actAs("production", "PRODUCTION");
        userService.changeLanguage(Locale.FRENCH);

        loginAs("production");
        UI.getCurrent().navigate("");

        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).containsExactly("Saison", "Distribution", "Numéros dansés", "Éléments", "Rapports",
                "Production", "Feuilles de service", "Décors");
    }
}
