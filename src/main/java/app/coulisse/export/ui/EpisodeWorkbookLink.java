package app.coulisse.export.ui;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import com.vaadin.flow.component.Component;

/** The episode workbook download, in the header of the episode's board and one-liner. */
@org.springframework.stereotype.Component
class EpisodeWorkbookLink implements EpisodeHeaderItem {

    private final BreakdownExportService export;

    EpisodeWorkbookLink(BreakdownExportService export) {
        this.export = export;
    }

    @Override
    public Component create(long episodeId) {
        return WorkbookDownloads.episode(export, episodeId);
    }
}
