package app.coulisse.api;

/** The body of {@code PUT /api/series}. */
record SeriesEditJson(String title, String production) {
}
