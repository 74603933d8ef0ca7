package app.coulisse.season.ui;

import com.vaadin.flow.component.Component;

/** Something another feature offers at the top of the season overview, such as the season workbook. */
public interface SeasonHeaderItem {

    /** The component to show beside the season's title (for the current season). */
    Component create();

    /** The component for one season, the one the overview shows; by default the same as {@link #create()}. */
    default Component create(int seasonNumber) {
        return create();
    }
}
