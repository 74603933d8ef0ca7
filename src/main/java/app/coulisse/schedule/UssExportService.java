package app.coulisse.schedule;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.cast.CastService;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.Messages;
import app.coulisse.dance.DanceLink;
import app.coulisse.dance.DanceService;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.Roles;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A season's breakdowns and schedule in the Universal Schedule Standard, for crew and call-sheet apps. */
@Service
public class UssExportService {

    private final ProductionPlanService planService;
    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceService danceService;
    private final BreakdownService breakdownService;
    private final ShootUnitRepository units;
    private final ProductionExportService export;
    /** The application's mapper, the one the API answers with: a download is the same file as the API's. */
    private final JsonMapper json;

    UssExportService(ProductionPlanService planService, ProductionExportService export, SeasonService seasonService, OutlineService outlineService,
                     CastService castService, DanceService danceService, BreakdownService breakdownService,
                     ShootUnitRepository units, JsonMapper json) {
        this.planService = planService;
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.danceService = danceService;
        this.breakdownService = breakdownService;
        this.units = units;
        this.export = export;
        this.json = json;
    }

    /** The season as a USS v1 document, names in the series' workbook language; 404 for no season. */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public UssDocument document(int seasonNumber) {
        ProductionPlan plan = planService.plan(seasonNumber);
        Season season = seasonService.season(seasonNumber);
        Series series = seasonService.series();
        List<Scene> scenes = outlineService.season(seasonNumber).playedScenes();
        Set<Long> sceneIds = scenes.stream().map(Scene::getId).collect(Collectors.toSet());
        List<SceneAppearance> cast = castService.seasonCast().stream().filter(a -> sceneIds.contains(a.sceneId()))
                .toList();
        List<DanceLink> numbers = danceService.seasonLinks().stream().filter(l -> sceneIds.contains(l.sceneId()))
                .toList();
        return UssExport.of(new UssExport.Source(series, season,
                SecurityContextHolder.getContext().getAuthentication().getName(), Instant.now(), scenes, cast,
                castService.characters(), numbers, danceService.seasonNumbers(), breakdownService.categories(),
                breakdownService.seasonElements().stream().filter(l -> sceneIds.contains(l.sceneId())).toList(), plan,
                units.findBySeasonOrderByPosition(season).stream()
                        .collect(Collectors.toMap(ShootUnit::getId, ShootUnit::workingWeek)),
                Messages.bundled(), Locale.forLanguageTag(series.getWorkbookLanguage())));
    }

    /** The season's USS document as the JSON file the API serves, into {@code out} (the screen's download). */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public void download(int seasonNumber, OutputStream out) {
        json.writeValue(out, document(seasonNumber));
    }

    /** The file name, e.g. Étoile-season-1-schedule.uss (the standard's extension). */
    @PreAuthorize(Roles.CAN_PLAN)
    @Transactional(readOnly = true)
    public String fileName(int seasonNumber) {
        return export.fileName(seasonNumber).replace("-production.xlsx", "-schedule.uss");
    }
}
