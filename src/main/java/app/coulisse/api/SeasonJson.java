package app.coulisse.api;

import app.coulisse.season.SeasonSummary;

/** A season as the API lists it: its number, whether it is the current one, how many episodes it holds. */
record SeasonJson(int number, boolean current, long episodes) {

    static SeasonJson of(SeasonSummary summary) {
        return new SeasonJson(summary.number(), summary.current(), summary.episodes());
    }
}
