package app.coulisse.api;

import app.coulisse.callsheet.CallSheetService;
import app.coulisse.callsheet.CallSheetState;
import app.coulisse.callsheet.PublishedCallSheet;
import app.coulisse.core.Languages;
import app.coulisse.export.BreakdownExportService;
import app.coulisse.season.SeasonService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shoot day's call sheet as JSON and as PDF, and its publication; the production office and the showrunner only
 * (a writer gets 403).
 */
@RestController
class CallSheetApiController {

    private final CallSheetService callSheets;
    private final SeasonService seasonService;

    CallSheetApiController(CallSheetService callSheets, SeasonService seasonService) {
        this.callSheets = callSheets;
        this.seasonService = seasonService;
    }

    /** Every shoot day's call sheet of a season: draft, latest published version, out of date or not. */
    @GetMapping("/api/seasons/{number}/call-sheets")
    List<CallSheetState> callSheets(@PathVariable int number) {
        return callSheets.seasonCallSheets(number);
    }

    /** One shoot day's call sheet; 404 for a day not in the season, 400 for a day that is not a shoot day. */
    @GetMapping("/api/seasons/{number}/call-sheets/{dayId}.json")
    CallSheetState callSheet(@PathVariable int number, @PathVariable long dayId) {
        return callSheets.callSheet(number, dayId);
    }

    /**
     * The call sheet as a PDF: the latest published version, or the draft ({@code draft=true}, or before the first
     * publish); {@code lang} is en, fr or both (default: the series' workbook language).
     */
    @GetMapping("/api/seasons/{number}/call-sheets/{dayId}.pdf")
    void pdf(@PathVariable int number, @PathVariable long dayId,
             @RequestParam(defaultValue = "false") boolean draft, @RequestParam(required = false) String lang,
             HttpServletResponse response) throws IOException {
        String fileName = callSheets.fileName(number, dayId);
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(fileName));
        callSheets.writePdf(number, dayId, draft, languages(lang), response.getOutputStream());
    }

    /** Publishes the draft as the next version; 400 with the reason when it cannot be (no scenes, no address…). */
    @PostMapping("/api/seasons/{number}/call-sheets/{dayId}/publish")
    @ResponseStatus(HttpStatus.CREATED)
    PublishedCallSheet publish(@PathVariable int number, @PathVariable long dayId) {
        return callSheets.publish(number, dayId);
    }

    private List<Locale> languages(String lang) {
        if ("both".equals(lang)) {
            Locale first = Locale.forLanguageTag(seasonService.series().getWorkbookLanguage());
            return Languages.SUPPORTED.stream().sorted((a, b) -> a.equals(first) ? -1 : b.equals(first) ? 1 : 0)
                    .toList();
        }
        return lang != null && Languages.isSupported(lang) ? List.of(Locale.forLanguageTag(lang)) : List.of();
    }
}
