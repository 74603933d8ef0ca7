package app.coulisse.schedule;

import app.coulisse.cast.CastService;
import app.coulisse.core.ExportPlaces;
import app.coulisse.core.Messages;
import app.coulisse.core.NotFoundException;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The production workbook of a season, for the UI download and the API. */
@Service
public class ProductionExportService {

    private final ProductionPlanService planService;
    private final SeasonService seasonService;
    private final CastService castService;
    private final ReadinessService readinessService;
    private final ObjectProvider<PublishedCallTimes> publishedCalls;
    private final ObjectProvider<ProductionWorkbookTable> tables;
    private final ExportPlaces exports;
    private final TransactionTemplate reading;

    ProductionExportService(ProductionPlanService planService, SeasonService seasonService, CastService castService,
                            ReadinessService readinessService, ObjectProvider<PublishedCallTimes> publishedCalls,
                            ObjectProvider<ProductionWorkbookTable> tables, ExportPlaces exports,
                            PlatformTransactionManager transactions) {
        this.planService = planService;
        this.readinessService = readinessService;
        this.seasonService = seasonService;
        this.castService = castService;
        this.publishedCalls = publishedCalls;
        this.tables = tables;
        this.exports = exports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The file name, e.g. Étoile-season-1-production.xlsx. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String fileName(int seasonNumber) {
        seasonService.season(seasonNumber);
        return seasonService.series().getTitle().replaceAll("[\\\\/:*?\"<>|]", "") + "-season-" + seasonNumber
                + "-production.xlsx";
    }

    /**
     * A performer's shoot days (with their published call), rehearsals, fittings and travel as an iCalendar file;
     * refused for an unknown cast ID.
     */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String calendar(int seasonNumber, int castId) {
        ProductionPlan plan = planService.plan(seasonNumber);
        if (castService.characters().stream().noneMatch(c -> c.getCastId() == castId)) {
            throw new NotFoundException("schedule.calendar.no-cast-id", castId);
        }
        Locale locale = Locale.forLanguageTag(seasonService.series().getWorkbookLanguage());
        Map<Long, Map<Integer, LocalTime>> calls = publishedCalls.getIfAvailable(() -> season -> Map.of())
                .of(seasonNumber);
        return PerformerCalendar.of(plan, calls, castId, seasonService.series().getTitle(),
                key -> Messages.bundled().get("production.ics." + key, locale));
    }

    /** The calendar's file name, e.g. Étoile-season-1-cast-3.ics. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String calendarFileName(int seasonNumber, int castId) {
        return fileName(seasonNumber).replace("-production.xlsx", "-cast-" + castId + ".ics");
    }

    /**
     * Writes the season's production workbook (schedule, DOOD, rehearsals, shoes and costumes, readiness, and the
     * sheets other features add) to the stream: the plan is read in a short transaction, the workbook written with no
     * connection held, a bounded number at once.
     */
    @PreAuthorize(Roles.ANY_USER)
    public void writeProductionWorkbook(int seasonNumber, Locale locale, OutputStream out) throws IOException {
        exports.call(() -> {
            ProductionWorkbook workbook = reading.execute(status -> {
                ProductionPlan plan = planService.plan(seasonNumber);
                return new ProductionWorkbook(plan, readinessService.readiness(plan), tables.orderedStream()
                        .flatMap(table -> table.of(seasonNumber, locale).stream()).toList(),
                        seasonService.series(), locale);
            });
            workbook.write(out);
            return null;
        });
    }
}
