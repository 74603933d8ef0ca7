package app.coulisse.cast.ui;

import com.vaadin.flow.component.Component;

/**
 * Something another feature offers on a character's detail in the Cast screen (a performer's call calendar), so the
 * cast never depends on those features. Ordered by {@code @Order}.
 */
public interface CharacterDetailItem {

    /** The component for the character with this cast ID. */
    Component create(int castId);
}
