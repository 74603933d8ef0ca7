package app.coulisse.cast;

/**
 * Published inside the merge transaction before the duplicate is deleted, so features that
 * reference characters (dance numbers' dancers) move their references to the survivor.
 */
public record CharactersMerged(long survivorId, long duplicateId) {
}
