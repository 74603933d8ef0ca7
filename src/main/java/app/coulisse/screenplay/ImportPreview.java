package app.coulisse.screenplay;

import java.util.List;

/**
 * What importing a file would do, computed without changing anything.
 *
 * @param fileName            the uploaded file's name
 * @param format              the format the file was read as
 * @param scenes              the scenes in file order
 * @param characters          the speaking characters, matched to the cast or new, in order of first cue
 * @param possibleNonSpeaking names in the action that may be silent characters; only confirmed ones are imported
 * @param warnings            what was skipped or guessed, as translation keys
 */
public record ImportPreview(String fileName, ScreenplayFormat format, List<ImportedScene> scenes,
                            List<ImportedCharacter> characters, List<ImportedCharacter> possibleNonSpeaking,
                            List<ParseWarning> warnings) {

    public ImportPreview {
        scenes = List.copyOf(scenes);
        characters = List.copyOf(characters);
        possibleNonSpeaking = List.copyOf(possibleNonSpeaking);
        warnings = List.copyOf(warnings);
    }

    /** The speaking characters already in the cast. */
    public List<ImportedCharacter> matchedCharacters() {
        return characters.stream().filter(character -> !character.isNew()).toList();
    }

    /** The speaking characters the import would create. */
    public List<ImportedCharacter> newCharacters() {
        return characters.stream().filter(ImportedCharacter::isNew).toList();
    }
}
