package app.coulisse.season;

/** A dance company as the setup page and the settings enter it. */
public record NewCompany(String name, String city, String venue, String colour) {
}
