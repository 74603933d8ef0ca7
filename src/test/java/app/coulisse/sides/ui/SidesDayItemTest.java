package app.coulisse.sides.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import app.coulisse.sides.SidesService;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sides' downloads on a shoot day of the Shoot days screen, as the production office uses them. */
class SidesDayItemTest extends KaribuTest {

    @Autowired
    ProductionPlanService plans;
    @Autowired
    SeasonService seasonService;

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_office_downloads_a_days_sides_and_a_performers_own() throws Exception {
        loginAs("production");
        UI.getCurrent().navigate("production/days");
        List<ProductionPlan.BoardDay> days = plans.plan(seasonService.currentSeason().getNumber()).days();
        ProductionPlan.BoardDay day = days.stream().filter(d -> d.type() == DayType.SHOOT && d.strips().size() > 1)
                .findFirst().orElseThrow();
        Grid<ProductionPlan.BoardDay> grid = _get(Grid.class, spec -> spec.withId("days"));
        Component actions = GridKt._getCellComponent(grid, days.indexOf(day), "actions");
        UI.getCurrent().add(actions); // attached, as in the browser: a download is registered on attach

        String all = text(DownloadKt._download(_get(actions, Anchor.class, spec -> spec.withId("sides-day-" + day.id()))));
        // A day of two episodes names its scenes with their episode ("101/6").
        boolean qualified = day.strips().stream().map(ProductionPlan.Strip::episodeNumber).distinct().count() > 1;
        java.util.function.Function<ProductionPlan.Strip, String> name = strip -> qualified ? strip.label()
                : strip.sceneNumber();
        assertThat(all).contains("Scenes in shooting order: " + String.join(", ",
                day.strips().stream().map(name).toList()));

        Anchor theirs = _get(actions, Anchor.class, spec -> spec.withId("sides-performer-day-" + day.id()));
        assertThat(theirs.isEnabled()).isFalse();
        ComboBox<SidesService.Performer> performer = _get(actions, ComboBox.class,
                spec -> spec.withId("sides-for-day-" + day.id()));
        int castId = day.strips().getFirst().castIds().getFirst();
        SidesService.Performer chosen = GridlessItems.of(performer).stream().filter(p -> p.castId() == castId)
                .findFirst().orElseThrow();
        _setValue(performer, chosen);
        assertThat(theirs.isEnabled()).isTrue();
        String own = text(DownloadKt._download(theirs));
        assertThat(own).contains("Scenes in shooting order: " + String.join(", ", day.strips().stream()
                .filter(s -> s.castIds().contains(castId)).map(name).toList()));
    }

    @Test
    void a_writer_sees_the_days_without_their_actions() {
        loginAs("writer");
        UI.getCurrent().navigate("production/days");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("days"));
        assertThat(grid.getColumnByKey("actions")).isNull();
    }

    /** The items a lazy combo box offers, as its drop-down would fetch them. */
    private static final class GridlessItems {
        static List<SidesService.Performer> of(ComboBox<SidesService.Performer> box) {
            return box.getLazyDataView().getItems().toList();
        }
    }
}
