package app.coulisse.api;

import app.coulisse.core.DomainException;
import app.coulisse.season.Season;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The series and its seasons over HTTP: read by anyone logged in, set up and changed by the showrunner. */
@RestController
class SeriesApiController {

    private final SeasonService seasonService;

    SeriesApiController(SeasonService seasonService) {
        this.seasonService = seasonService;
    }

    /** The series with its languages, companies and seasons; 404 "series.none" before setup. */
    @GetMapping("/api/series")
    SeriesJson series() {
        return SeriesJson.of(seasonService.series(), seasonService.companies(), seasonService.seasons());
    }

    /** Sets the series up with its Season 1 (201) when there is none, renames it otherwise (200). Showrunner only. */
    @PutMapping(path = "/api/series", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeriesJson> putSeries(@RequestBody SeriesEditJson body) {
        if (seasonService.hasSeries()) {
            seasonService.renameSeries(body.title(), body.production());
            return ResponseEntity.ok(series());
        }
        Series created = seasonService.createSeries(body.title(), body.production());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/series"))
                .body(SeriesJson.of(created, seasonService.companies(), seasonService.seasons()));
    }

    /** The seasons by number. */
    @GetMapping("/api/seasons")
    List<SeasonJson> seasons() {
        return seasonService.seasons().stream().map(SeasonJson::of).toList();
    }

    /** Adds a season with a new number (showrunner); it is not made current. */
    @PostMapping(path = "/api/seasons", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeasonJson> addSeason(@RequestBody NewSeasonJson body) {
        if (body.number() == null) {
            throw new DomainException("season.number.required");
        }
        Season season = seasonService.addSeason(body.number());
        return ResponseEntity.created(URI.create("/api/seasons/" + season.getNumber()))
                .body(new SeasonJson(season.getNumber(), season.isCurrent(), 0));
    }
}
