package app.coulisse.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** An address that is no screen of the app gets the app's own page, in the reader's language, with the way back. */
class PageNotFoundViewTest extends KaribuTest {

    /**
     * As the browser's page load of an address does: {@code UI.navigate} leaves an address without a route to the
     * client's router, which then asks the server's router, as here.
     */
    private static void openAddress(String path) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(path), NavigationTrigger.PAGE_LOAD);
    }

    @Test
    void an_unknown_address_shows_the_translated_not_found_page_inside_the_app() {
        loginAs("writer");
        openAddress("no-such-screen");

        PageNotFoundView page = _get(PageNotFoundView.class, spec -> spec.withId("page-not-found"));
        assertThat(_get(page, Paragraph.class).getText()).isEqualTo("There is no page at this address: it may be mistyped or out of date.");
        _assertOne(MainLayout.class);
    }

    @Test
    void an_episode_address_whose_id_is_not_a_number_shows_the_not_found_page() {
        loginAs("writer");
        for (String address : java.util.List.of("episodes/abc/board", "episodes/12x/one-liner")) {
            openAddress(address);

            _assertOne(PageNotFoundView.class, spec -> spec.withId("page-not-found"));
        }
    }

    @Test
    void a_french_reader_reads_it_in_french() {
        loginAs("writer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        openAddress("no-such-screen");

        PageNotFoundView page = _get(PageNotFoundView.class, spec -> spec.withId("page-not-found"));
        assertThat(_get(page, Paragraph.class).getText()).startsWith("Il n'y a aucune page à cette adresse");
    }
}
