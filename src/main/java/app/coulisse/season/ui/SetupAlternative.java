package app.coulisse.season.ui;

import com.vaadin.flow.component.Component;

/**
 * Another way to start a fresh install than setting the series up, shown below the setup form (restoring a backup),
 * so the setup page never depends on the feature that offers it. Ordered by {@code @Order}.
 */
public interface SetupAlternative {

    /** The alternative's heading and controls, made for one visit to the setup page. */
    Component create();
}
