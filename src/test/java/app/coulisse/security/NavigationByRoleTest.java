package app.coulisse.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.season.ui.SeasonOverviewView;
import app.coulisse.security.ui.LoginView;
import app.coulisse.security.ui.UsersView;
import app.coulisse.ui.AccessDeniedView;
import app.coulisse.ui.MissingItemView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationByRoleTest extends KaribuTest {

    @Test
    void anonymous_users_land_on_the_login() {
        openUi();
        UI.getCurrent().navigate("");
        _assertOne(LoginView.class);
        _assertNone(SeasonOverviewView.class);
    }

    @Test
    void showrunner_sees_the_season_the_import_and_the_users() {
        loginAs("showrunner");
        UI.getCurrent().navigate("");
        assertThat(navigationLabels()).containsExactly("Season", "Cast", "Dance numbers", "Elements", "Reports", "Import", "Production",
                "Call sheets", "Locations", "Users");
    }

    @Test
    void writer_sees_the_season_and_the_import_but_not_the_users() {
        loginAs("writer");
        UI.getCurrent().navigate("");
        assertThat(navigationLabels()).containsExactly("Season", "Cast", "Dance numbers", "Elements", "Reports", "Import", "Production");
    }

    @Test
    void production_sees_the_season_but_neither_the_import_nor_the_users() {
        loginAs("production");
        UI.getCurrent().navigate("");
        assertThat(navigationLabels()).containsExactly("Season", "Cast", "Dance numbers", "Elements", "Reports", "Production",
                "Call sheets", "Locations");
    }

    @Test
    void a_writer_opening_the_users_view_is_refused() {
        loginAs("writer");
        UI.getCurrent().navigate(UsersView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(UsersView.class::isInstance);
        _assertOne(AccessDeniedView.class);
        _assertOne(H2.class, spec -> spec.withText("Not for your role"));
    }

    @Test
    void the_showrunner_opens_the_users_view() {
        loginAs("showrunner");
        UI.getCurrent().navigate(UsersView.class);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(UsersView.class::isInstance);
    }

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void a_link_to_an_episode_that_no_longer_exists_shows_a_translated_page() {
        loginAs("writer");
        UI.getCurrent().navigate("episodes/999999/board");

        _assertOne(MissingItemView.class);
        _assertOne(H2.class, spec -> spec.withText("Not found"));
    }
}
