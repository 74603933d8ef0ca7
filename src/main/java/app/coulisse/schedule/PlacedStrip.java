package app.coulisse.schedule;

/** Where a strip is, flattened: one statement for the whole board. */
record PlacedStrip(long sceneId, long dayId, int position, long version) {
}
