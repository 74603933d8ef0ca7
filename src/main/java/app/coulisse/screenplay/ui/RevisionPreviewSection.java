package app.coulisse.screenplay.ui;

import app.coulisse.screenplay.RevisionImport;
import com.vaadin.flow.component.Component;

/**
 * A part of the revise preview that another feature contributes (what the revision would touch, record 050), so
 * the import does not depend on the features built on it.
 */
public interface RevisionPreviewSection {

    /** The component to show under the preview's lists of scenes. */
    Component create(RevisionImport preview);
}
