package app.coulisse.api;

import app.coulisse.season.EpisodeStatus;
import java.util.List;

/** What {@code POST /api/episodes} answers: the new episode, its season and its (default) acts. */
record CreatedEpisodeJson(long id, String number, String title, EpisodeStatus status, long scenes, int season,
                          List<String> acts) {
}
