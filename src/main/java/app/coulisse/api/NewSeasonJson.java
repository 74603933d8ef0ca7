package app.coulisse.api;

/** The body of {@code POST /api/seasons}. */
record NewSeasonJson(Integer number) {
}
