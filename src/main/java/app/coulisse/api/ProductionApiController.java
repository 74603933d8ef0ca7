package app.coulisse.api;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.schedule.ProductionExportService;
import app.coulisse.schedule.UssDocument;
import app.coulisse.schedule.UssExportService;
import app.coulisse.sides.SidesService;
import app.coulisse.season.SeasonService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A season's production workbook, each performer's calls as an iCalendar file, the schedule as a USS file, and a shoot
 * day's sides.
 */
@RestController
class ProductionApiController {

    private final ProductionExportService export;
    private final SeasonService seasonService;
    private final UssExportService uss;
    private final SidesService sides;

    ProductionApiController(ProductionExportService export, SeasonService seasonService, UssExportService uss,
                            SidesService sides) {
        this.export = export;
        this.seasonService = seasonService;
        this.uss = uss;
        this.sides = sides;
    }

    /** The production workbook: schedule, Day out of days, rehearsals, shoes and costumes; 404 for no season. */
    @GetMapping("/api/seasons/{number}/production.xlsx")
    void productionWorkbook(@PathVariable int number, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String fileName = export.fileName(number);
        response.setContentType(BreakdownExportService.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(fileName));
        export.writeProductionWorkbook(number, locale(request), response.getOutputStream());
    }

    /**
     * A shoot day's sides as one PDF in shooting order, only a performer's scenes when {@code castId} is given;
     * production office and showrunner only; 404 for no such day or cast ID, 400 for a day without scenes.
     */
    @GetMapping("/api/seasons/{number}/shoot-days/{dayId}/sides.pdf")
    void sides(@PathVariable int number, @PathVariable long dayId, @RequestParam(required = false) Integer castId,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        sides.print(number, dayId, castId, locale(request), pdf);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                BreakdownExportService.attachmentHeader(sides.fileName(number, dayId, castId)));
        pdf.writeTo(response.getOutputStream());
    }

    /** The language the caller asks for, else the series' workbook language. */
    private Locale locale(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null
                ? Locale.forLanguageTag(seasonService.series().getWorkbookLanguage()) : request.getLocale();
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

    /**
     * The season's breakdowns, stripboards (one per unit, one array per shoot day) and calendars in the Universal
     * Schedule Standard v1, for crew and call-sheet apps; production office and showrunner only; 404 for no season.
     */
    @GetMapping(value = "/api/seasons/{number}/schedule.uss.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UssDocument> schedule(@PathVariable int number) {
        UssDocument document = uss.document(number);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, BreakdownExportService.attachmentHeader(uss.fileName(number)))
                .body(document);
    }
}
