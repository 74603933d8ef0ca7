package app.coulisse.breakdown;

/** A character who wears an element tagged in a scene (a costume, pointe shoes), with the character's cast ID. */
public record ElementWearer(long sceneId, long elementId, long characterId, int castId) {
}
