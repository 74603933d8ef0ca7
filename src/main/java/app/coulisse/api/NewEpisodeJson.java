package app.coulisse.api;

/** The body of {@code POST /api/episodes}; {@code season} is optional (the current season by default). */
record NewEpisodeJson(String number, String title, Integer season) {
}
