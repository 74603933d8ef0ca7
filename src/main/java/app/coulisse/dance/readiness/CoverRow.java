package app.coulisse.dance.readiness;

/** One cover of a part, read in the part's order. */
record CoverRow(long partId, long characterId) {
}
