package app.coulisse.screenplay;

/**
 * A character already in the series' cast, as the import matches names against it.
 *
 * @param id     the character's database id
 * @param castId the character's cast ID
 * @param name   the character's name as the cast lists it, e.g. {@code Geneviève Lavigne}
 */
record KnownCharacter(long id, int castId, String name) {
}
