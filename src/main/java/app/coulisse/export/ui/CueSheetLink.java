package app.coulisse.export.ui;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import com.vaadin.flow.component.Component;

/** The episode's music cue sheet download, in the header of its board and one-liner beside the workbook's. */
@org.springframework.stereotype.Component
class CueSheetLink implements EpisodeHeaderItem {

    private final BreakdownExportService export;

    CueSheetLink(BreakdownExportService export) {
        this.export = export;
    }

    @Override
    public Component create(long episodeId) {
        return WorkbookDownloads.cueSheet(export, episodeId);
    }
}
