package app.coulisse.dance;

/**
 * A character who dances a number: as one of its principal dancers, or because they are tagged
 * dancing in a scene where it is performed.
 */
public record DancerInNumber(long danceNumberId, long characterId, int castId, String name, boolean principal) {
}
