package app.coulisse.export.ui;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.season.ui.SeasonHeaderItem;
import com.vaadin.flow.component.Component;

/** The season workbook download, at the top of the season overview. */
@org.springframework.stereotype.Component
class SeasonWorkbookLink implements SeasonHeaderItem {

    private final BreakdownExportService export;

    SeasonWorkbookLink(BreakdownExportService export) {
        this.export = export;
    }

    @Override
    public Component create() {
        return WorkbookDownloads.season(export);
    }

    @Override
    public Component create(int seasonNumber) {
        return WorkbookDownloads.season(export, seasonNumber);
    }
}
