package app.coulisse.cast;

/** How many (non-omitted) scenes of an episode a character appears in. */
public record CharacterEpisodeCount(long characterId, long episodeId, long scenes) {
}
