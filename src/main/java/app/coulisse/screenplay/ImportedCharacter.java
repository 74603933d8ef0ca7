package app.coulisse.screenplay;

/**
 * A character found in a screenplay and what the import does with them.
 *
 * @param fileName the name as the file writes it, e.g. {@code GENEVIÈVE}
 * @param castName the cast name: the existing character's, or the one a new character will get
 * @param castId   the cast ID, existing or the next free one; {@code null} for an unconfirmed new non-speaking name
 * @param isNew    true when the import creates the character
 * @param scenes   in how many of the file's scenes the name is found
 */
public record ImportedCharacter(String fileName, String castName, Integer castId, boolean isNew, int scenes) {
}
