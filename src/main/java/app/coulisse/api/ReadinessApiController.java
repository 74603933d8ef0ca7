package app.coulisse.api;

import app.coulisse.cast.CastService;
import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.core.NotFoundException;
import app.coulisse.dance.readiness.AvailabilityService;
import app.coulisse.schedule.DancerOutService;
import app.coulisse.schedule.ReadinessService;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness of a season's dance numbers per shoot day, dancers out and the covers put in for them, over HTTP
 * (record 054).
 */
@RestController
class ReadinessApiController {

    private final ReadinessService readinessService;
    private final AvailabilityService availabilityService;
    private final CastService castService;
    private final Messages translations;
    private final DancerOutService dancerOutService;

    ReadinessApiController(ReadinessService readinessService, AvailabilityService availabilityService,
                           CastService castService, Messages translations, DancerOutService dancerOutService) {
        this.readinessService = readinessService;
        this.availabilityService = availabilityService;
        this.castService = castService;
        this.translations = translations;
        this.dancerOutService = dancerOutService;
    }

    /**
     * Go or no go for every dance number on every shoot day it is on the board, with the reasons in the language of
     * Accept-Language (English without); 404 for no season.
     */
    @GetMapping("/api/seasons/{number}/readiness")
    List<ReadinessJson> readiness(@PathVariable int number, Locale locale) {
        return readinessService.readiness(number).numberDays().stream().map(day -> new ReadinessJson(
                day.danceNumberId(), day.title(), day.date(), day.go(), day.reasons().stream()
                .map(reason -> new ReadinessJson.Reason(reason.messageKey(),
                        List.of(translations.arguments(reason.arguments().toArray(), locale)),
                        translations.get(reason.messageKey(), locale, reason.arguments().toArray())))
                .toList())).toList();
    }

    /** Every dancer marked out, by first date. */
    @GetMapping("/api/dancers-out")
    List<DancerOutJson> dancersOut() {
        return availabilityService.dancersOut().stream().map(DancerOutJson::of).toList();
    }

    /**
     * Marks a dancer out (production office, showrunner): 201; 400 without dates or with a last day before the first,
     * 404 for an unknown cast ID.
     */
    @PostMapping(path = "/api/dancers-out", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DancerOutJson> markOut(@RequestBody DancerOutJson body) {
        if (body.castId() == null) {
            throw new DomainException("api.dancer-out.cast-id-required");
        }
        long characterId = castService.characters().stream().filter(c -> body.castId().equals(c.getCastId()))
                .findFirst().orElseThrow(() -> new NotFoundException("schedule.calendar.no-cast-id", body.castId())).getId();
        long id = availabilityService.markOut(characterId, body.from(), body.to(), body.reason());
        return ResponseEntity.created(URI.create("/api/dancers-out/" + id))
                .body(DancerOutJson.of(availabilityService.dancerOut(id)));
    }

    /**
     * What a dancer out touches in a season: shoot days, rehearsal calls, parts (named in the Accept-Language) with
     * the cover proposed; 404 for none.
     */
    @GetMapping("/api/seasons/{number}/dancers-out/{id}")
    DancerOutImpactJson impact(@PathVariable int number, @PathVariable long id, Locale locale) {
        return DancerOutImpactJson.of(dancerOutService.impact(number, id), translations, locale);
    }

    /**
     * Puts the proposed cover in for every part the absence touches, in one action (production office, showrunner);
     * 400 when covers already stand in or no cover can go in.
     */
    @PostMapping("/api/seasons/{number}/dancers-out/{id}/covers-in")
    DancerOutImpactJson putCoversIn(@PathVariable int number, @PathVariable long id, Locale locale) {
        return DancerOutImpactJson.of(dancerOutService.putCoversIn(number, id), translations, locale);
    }

    /** Takes the covers out again (production office, showrunner); the history keeps them, marked undone. */
    @DeleteMapping("/api/seasons/{number}/dancers-out/{id}/covers-in")
    DancerOutImpactJson undoCoversIn(@PathVariable int number, @PathVariable long id, Locale locale) {
        availabilityService.undo(id);
        return DancerOutImpactJson.of(dancerOutService.impact(number, id), translations, locale);
    }

    /**
     * Removes an absence entered by mistake (production office, showrunner): 204; its covers come out with it and
     * both stay in the history; 404 for none or one already removed.
     */
    @DeleteMapping("/api/seasons/{number}/dancers-out/{id}")
    ResponseEntity<Void> remove(@PathVariable int number, @PathVariable long id) {
        availabilityService.remove(id);
        return ResponseEntity.noContent().build();
    }

    /**
     * Brings back an absence removed by mistake (production office, showrunner): 204; its covers stay out until put in
     * again; 400 for one not removed, 404 for none.
     */
    @PostMapping("/api/seasons/{number}/dancers-out/{id}/restore")
    ResponseEntity<Void> restore(@PathVariable int number, @PathVariable long id) {
        availabilityService.restore(id);
        return ResponseEntity.noContent().build();
    }
}
