package app.coulisse.cast;

/** One scene a character appears in, with the episode it belongs to. */
public record CharacterAppearance(long sceneId, long episodeId, String episodeNumber, String sceneNumber,
                                  String setName, boolean speaking, boolean dancing) {
}
