package app.coulisse.season;

/** An episode as the season overview and the API list it: counts over its non-omitted scenes. */
public record EpisodeSummary(long id, String number, String title, EpisodeStatus status, long scenes, long eighths) {
}
