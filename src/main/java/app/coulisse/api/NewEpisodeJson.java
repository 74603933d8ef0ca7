package app.coulisse.api;

/** The body of {@code POST /api/episodes}. */
record NewEpisodeJson(String number, String title) {
}
