package app.coulisse.schedule.ui;

import app.coulisse.cast.ui.CharacterDetailItem;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.season.SeasonService;
import app.coulisse.season.ui.ShownSeason;
import com.vaadin.flow.component.Component;

/** On a character's detail in the Cast screen: the performer's calls of the season shown as a calendar file. */
@org.springframework.stereotype.Component
class PerformerCalendarItem implements CharacterDetailItem {

    private final ProductionExportService export;
    private final SeasonService seasons;

    PerformerCalendarItem(ProductionExportService export, SeasonService seasons) {
        this.export = export;
        this.seasons = seasons;
    }

    @Override
    public Component create(int castId) {
        return ProductionWorkbookLink.calendar(export, ShownSeason.number(seasons), castId);
    }
}
