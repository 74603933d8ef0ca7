package app.coulisse.outline.ui;

import com.vaadin.flow.component.Component;

/** Something another feature offers in an episode's header, such as the workbook download. */
public interface EpisodeHeaderItem {

    /** The component to show in the header of the episode's board and one-liner. */
    Component create(long episodeId);
}
