package app.coulisse.api;

import app.coulisse.season.Company;
import app.coulisse.season.SeasonSummary;
import app.coulisse.season.Series;
import java.util.List;

/** What {@code GET /api/series} answers: the show, its crew's languages, its companies and its seasons. */
record SeriesJson(String title, String production, List<String> languages, String workbookLanguage,
                  List<CompanyJson> companies, List<SeasonJson> seasons) {

    /** A dance company of the series. */
    record CompanyJson(String name, String city, String venue, String colour) {
    }

    static SeriesJson of(Series series, List<Company> companies, List<SeasonSummary> seasons) {
        return new SeriesJson(series.getTitle(), series.getProduction(), List.of(series.getLanguages().split(",")),
                series.getWorkbookLanguage(),
                companies.stream().map(c -> new CompanyJson(c.getName(), c.getCity(), c.getVenue(), c.getColour())).toList(),
                seasons.stream().map(SeasonJson::of).toList());
    }
}
