package app.coulisse.api;

import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ImportResult;
import app.coulisse.screenplay.ImportedCharacter;
import app.coulisse.screenplay.ImportedScene;
import java.util.List;

/** What {@code POST /api/episodes/{id}/screenplay} answers: what the import created and matched. */
record ImportJson(long episodeId, String episodeNumber, ImportMode mode, int scenesDeleted, int scenesCreated,
                  List<ImportedScene> scenes, List<ImportedCharacter> charactersCreated,
                  List<ImportedCharacter> charactersMatched, int appearances, List<WarningJson> warnings) {

    static ImportJson of(ImportResult result, List<WarningJson> warnings) {
        return new ImportJson(result.episodeId(), result.episodeNumber(), result.mode(), result.scenesDeleted(),
                result.scenes().size(), result.scenes(), result.charactersCreated(), result.charactersMatched(),
                result.appearances(), warnings);
    }
}
