package app.coulisse.api;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.season.SeasonService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A season's production workbook and each performer's calls as an iCalendar file. */
@RestController
class ProductionApiController {

    private final ProductionExportService export;
    private final SeasonService seasonService;

    ProductionApiController(ProductionExportService export, SeasonService seasonService) {
        this.export = export;
        this.seasonService = seasonService;
    }

    /** The production workbook: schedule, Day out of days, rehearsals, shoes and costumes; 404 for no season. */
    @GetMapping("/api/seasons/{number}/production.xlsx")
    void productionWorkbook(@PathVariable int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String fileName = export.fileName(number);
        response.setContentType(BreakdownExportService.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(fileName));
        Locale locale = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Locale.forLanguageTag(seasonService.series().getWorkbookLanguage()) : request.getLocale();
        export.writeProductionWorkbook(number, locale, response.getOutputStream());
    }

    /** A performer's shoot days, rehearsals, fittings and travel as an .ics file; 404 for no season or cast ID. */
    @GetMapping("/api/seasons/{number}/calendar/{castId}.ics")
    void calendar(@PathVariable int number, @PathVariable int castId, HttpServletResponse response) throws IOException {
        String calendar = export.calendar(number, castId);
        response.setContentType("text/calendar;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                BreakdownExportService.attachmentHeader(export.calendarFileName(number, castId)));
        response.getOutputStream().write(calendar.getBytes(StandardCharsets.UTF_8));
    }
}
