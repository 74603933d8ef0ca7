package app.coulisse.season;

/**
 * Published inside the transaction that created an episode, whoever created it (screen, API, import,
 * demo): the outline listens and gives the episode its default acts, so every new episode looks the same.
 */
public record EpisodeCreated(long episodeId) {
}
