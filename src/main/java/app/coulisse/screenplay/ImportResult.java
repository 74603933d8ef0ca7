package app.coulisse.screenplay;

import java.util.List;

/**
 * What an import did.
 *
 * @param episodeId         the episode imported into
 * @param episodeNumber     its number, e.g. {@code 101}
 * @param mode              append or replace
 * @param scenesDeleted     scenes deleted first (replace only)
 * @param scenes            the scenes created, with the numbers they got
 * @param charactersCreated characters added to the cast, with their new cast IDs
 * @param charactersMatched characters of the file found in the cast
 * @param appearances       appearances tagged
 * @param warnings          what was skipped or guessed, as translation keys
 */
public record ImportResult(long episodeId, String episodeNumber, ImportMode mode, int scenesDeleted,
                           List<ImportedScene> scenes, List<ImportedCharacter> charactersCreated,
                           List<ImportedCharacter> charactersMatched, int appearances, List<ParseWarning> warnings) {

    public ImportResult {
        scenes = List.copyOf(scenes);
        charactersCreated = List.copyOf(charactersCreated);
        charactersMatched = List.copyOf(charactersMatched);
        warnings = List.copyOf(warnings);
    }
}
