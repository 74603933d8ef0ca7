package app.coulisse.season;

import java.util.List;

/**
 * What the first-run setup asks: the show's title and production company, the crew's languages
 * ("en", "fr" or both) with the workbooks' default, and the first dance companies (none required).
 */
public record SeriesSetup(String title, String production, List<String> languages, String workbookLanguage,
                          List<NewCompany> companies) {

    public SeriesSetup {
        languages = languages == null ? List.of() : List.copyOf(languages);
        companies = companies == null ? List.of() : List.copyOf(companies);
    }
}
