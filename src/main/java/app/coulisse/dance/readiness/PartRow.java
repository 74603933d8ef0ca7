package app.coulisse.dance.readiness;

/** A part as listed, without its covers: one row of a constructor projection. */
record PartRow(long id, long version, long danceNumberId, String name, String seedKey, int dancerCount,
               Long firstCastId) {
}
