package app.coulisse.season;

/** A season as the picker and the API list it: its number, whether it is current, how many episodes it holds. */
public record SeasonSummary(long id, int number, boolean current, long episodes) {
}
