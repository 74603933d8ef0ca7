package app.coulisse.api;

import app.coulisse.export.BreakdownExportService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breakdown workbooks for scripts and Excel's "get data from web": written straight to the
 * response, in the language of the request's Accept-Language (English by default).
 */
@RestController
class WorkbookApiController {

    private final BreakdownExportService export;

    WorkbookApiController(BreakdownExportService export) {
        this.export = export;
    }

    @GetMapping("/api/episodes/{episodeId}/breakdown.xlsx")
    void episodeWorkbook(@PathVariable long episodeId, Locale locale, HttpServletResponse response) throws IOException {
        // The name is read first, so an unknown episode answers 404 before any byte is sent.
        prepare(response, export.episodeFileName(episodeId));
        export.writeEpisodeWorkbook(episodeId, locale, response.getOutputStream());
    }

    @GetMapping("/api/season/breakdown.xlsx")
    void seasonWorkbook(Locale locale, HttpServletResponse response) throws IOException {
        prepare(response, export.seasonFileName());
        export.writeSeasonWorkbook(locale, response.getOutputStream());
    }

    private static void prepare(HttpServletResponse response, String fileName) {
        response.setContentType(BreakdownExportService.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(fileName));
    }
}
