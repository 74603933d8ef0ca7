package app.coulisse.schedule.ui;

import app.coulisse.cast.CastLabel;
import app.coulisse.schedule.DayOutOfDays;
import app.coulisse.schedule.ProductionPlanService;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.SeasonPicker;
import app.coulisse.ui.LocalFormats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;

/** The Day Out of Days: performers in cast ID order × the season's dates, with the industry codes and totals. */
@Route("production/dood")
@PermitAll
public class DayOutOfDaysView extends VerticalLayout implements HasDynamicTitle {

    public DayOutOfDaysView(ProductionPlanService planService, SeasonService seasonService) {
        setSizeFull();
        SeasonPicker seasonPicker = SeasonPicker.reopening(seasonService);
        int seasonNumber = seasonPicker.selected();
        DayOutOfDays dood = planService.plan(seasonNumber).dayOutOfDays();
        Grid<DayOutOfDays.Row> grid = new Grid<>();
        grid.setId("dood");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(row -> CastLabel.of(row.castId(), row.name())).setHeader(getTranslation("production.dood.performer"))
                .setKey("performer").setFrozen(true).setAutoWidth(true);
        for (LocalDate date : dood.dates()) {
            grid.addColumn(row -> row.on(date) == null ? "" : row.on(date).name()).setHeader(LocalFormats.dayAndMonth(date, getLocale()))
                    .setPartNameGenerator(row -> row.on(date) == null ? null
                            : "dood-" + row.on(date).name().toLowerCase(java.util.Locale.ROOT))
                    .setKey(date.toString()).setTextAlign(ColumnTextAlign.CENTER).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addColumn(row -> row.totals().work()).setHeader(getTranslation("production.dood.work")).setKey("work");
        grid.addColumn(row -> row.totals().hold()).setHeader(getTranslation("production.dood.hold")).setKey("hold");
        grid.addColumn(row -> row.totals().rehearsal()).setHeader(getTranslation("production.dood.rehearsal"))
                .setKey("rehearsal");
        grid.addColumn(row -> row.totals().fitting()).setHeader(getTranslation("production.dood.fitting")).setKey("fitting");
        grid.addColumn(row -> row.totals().travel()).setHeader(getTranslation("production.dood.travel")).setKey("travel");
        grid.addColumn(row -> LocalFormats.date(row.totals().start(), getLocale()))
                .setHeader(getTranslation("production.dood.start")).setKey("start").setAutoWidth(true);
        grid.addColumn(row -> LocalFormats.date(row.totals().finish(), getLocale()))
                .setHeader(getTranslation("production.dood.finish")).setKey("finish").setAutoWidth(true);
        grid.setItems(dood.rows());
        add(ProductionHeader.of(getTranslation("production.dood.heading"), seasonPicker));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("production.dood.heading");
    }
}
