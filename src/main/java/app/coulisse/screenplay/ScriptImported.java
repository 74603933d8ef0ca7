package app.coulisse.screenplay;

import java.util.List;

/**
 * Published inside an import's transaction (append, replace or revise) once its scenes are written: each scene's
 * script as the file gives it, for the features that read the text (suggestions, record 051) without the import
 * depending on them.
 *
 * @param episodeId the episode imported into
 * @param scenes    every scene of the file, by the id it has in the episode
 */
public record ScriptImported(long episodeId, List<SceneText> scenes) {

    public ScriptImported {
        scenes = List.copyOf(scenes);
    }

    /** One scene's id and its body in order, heading excluded. */
    public record SceneText(long sceneId, List<ScriptElement> elements) {

        public SceneText {
            elements = List.copyOf(elements);
        }
    }
}
