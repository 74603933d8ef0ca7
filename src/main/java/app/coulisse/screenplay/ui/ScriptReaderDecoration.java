package app.coulisse.screenplay.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another feature draws on the script reader's words once the episode is laid out (the highlights of
 * tags, record 050). Elements carry {@code data-element-id}; each scene block is {@code script-scene-<id>}.
 */
public interface ScriptReaderDecoration {

    /** Decorates the laid-out episode. */
    void decorate(long episodeId, Component page);
}
