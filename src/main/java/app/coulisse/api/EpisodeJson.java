package app.coulisse.api;

import app.coulisse.season.EpisodeStatus;
import app.coulisse.season.EpisodeSummary;

/** An episode as the API lists it. */
record EpisodeJson(long id, String number, String title, EpisodeStatus status, long scenes) {

    static EpisodeJson of(EpisodeSummary summary) {
        return new EpisodeJson(summary.id(), summary.number(), summary.title(), summary.status(), summary.scenes());
    }
}
