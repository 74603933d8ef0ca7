package app.coulisse.screenplay;

/**
 * A character an imported scene will tag.
 *
 * @param name      the cast name (an existing character's, or the one a new character will get)
 * @param castId    the cast ID, existing or the one a new character will get
 * @param isNew     true when the import creates the character
 * @param speaking  false for a confirmed non-speaking appearance
 * @param onScreen  false for a voice heard only (every cue of the scene is a V.O.)
 */
public record SceneCharacter(String name, int castId, boolean isNew, boolean speaking, boolean onScreen) {
}
