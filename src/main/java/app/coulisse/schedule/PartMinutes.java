package app.coulisse.schedule;

/** The minutes a dancer has rehearsed a part, summed over the calls that name it. */
public record PartMinutes(long partId, long characterId, long minutes) {
}
