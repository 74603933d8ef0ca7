package app.coulisse.api;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.season.SeasonService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breakdown workbooks for scripts and Excel's "get data from web": written straight to the
 * response, in the language of the request's Accept-Language (without one, the series' workbook language).
 */
@RestController
class WorkbookApiController {

    private final BreakdownExportService export;
    private final SeasonService seasonService;

    WorkbookApiController(BreakdownExportService export, SeasonService seasonService) {
        this.export = export;
        this.seasonService = seasonService;
    }

    /** The episode breakdown workbook; {@code sides=true} prints each character's scenes on their own pages. */
    @GetMapping("/api/episodes/{episodeId}/breakdown.xlsx")
    void episodeWorkbook(@PathVariable long episodeId, @RequestParam(defaultValue = "false") boolean sides,
                         HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The name is read first, so an unknown episode answers 404 before any byte is sent.
        prepare(response, export.episodeFileName(episodeId));
        export.writeEpisodeWorkbook(episodeId, locale(request), sides, response.getOutputStream());
    }

    /** The episode's music cue sheet alone (issue 26). */
    @GetMapping("/api/episodes/{episodeId}/cue-sheet.xlsx")
    void cueSheet(@PathVariable long episodeId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        prepare(response, export.cueSheetFileName(episodeId));
        export.writeCueSheet(episodeId, locale(request), response.getOutputStream());
    }

    /** The current season's workbook. */
    @GetMapping("/api/season/breakdown.xlsx")
    void seasonWorkbook(HttpServletRequest request, HttpServletResponse response) throws IOException {
        prepare(response, export.seasonFileName());
        export.writeSeasonWorkbook(locale(request), response.getOutputStream());
    }

    /** One season's workbook; 404 for a season that does not exist. */
    @GetMapping("/api/seasons/{number}/breakdown.xlsx")
    void numberedSeasonWorkbook(@PathVariable int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        prepare(response, export.seasonFileName(number));
        export.writeSeasonWorkbook(number, locale(request), response.getOutputStream());
    }

    /** The language asked for by Accept-Language, else the one the series' workbooks default to. */
    private Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Locale.forLanguageTag(seasonService.series().getWorkbookLanguage()) : request.getLocale();
    }

    private static void prepare(HttpServletResponse response, String fileName) {
        response.setContentType(BreakdownExportService.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(fileName));
    }
}
