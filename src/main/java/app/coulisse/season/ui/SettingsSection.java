package app.coulisse.season.ui;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to the showrunner's series settings, below the series' own (the revision colour
 * order, the element categories), so the settings screen never depends on those features. Ordered by
 * {@code @Order}.
 */
public interface SettingsSection {

    /** The section's heading and controls, made for one visit to the settings. */
    Component create();
}
