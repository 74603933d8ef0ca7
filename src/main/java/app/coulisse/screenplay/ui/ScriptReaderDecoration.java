package app.coulisse.screenplay.ui;

import app.coulisse.season.Episode;
import com.vaadin.flow.component.Component;

/**
 * Something another feature draws on the script reader's words once the episode is laid out (the highlights of
 * tags and tagging by selection, record 050). Elements carry {@code data-element-id}; each scene block is
 * {@code script-scene-<id>} and carries {@code data-scene-id}.
 */
public interface ScriptReaderDecoration {

    /** Decorates the laid-out episode (the episode as the reader read it, for its lock). */
    void decorate(Episode episode, Component page);
}
