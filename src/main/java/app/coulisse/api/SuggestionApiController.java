package app.coulisse.api;

import app.coulisse.core.DomainException;
import app.coulisse.suggestion.SuggestionEdit;
import app.coulisse.suggestion.SuggestionKind;
import app.coulisse.suggestion.SuggestionService;
import app.coulisse.suggestion.SuggestionStatus;
import app.coulisse.suggestion.SuggestionView;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tags the script suggests (record 051): read by everyone, accepted or rejected by writers and the showrunner,
 * as tags are. Accept and reject take JSON, a type no plain HTML form sends, so another site cannot make a logged-in
 * browser decide one.
 */
@RestController
@RequestMapping("/api")
class SuggestionApiController {

    private final SuggestionService service;

    SuggestionApiController(SuggestionService service) {
        this.service = service;
    }

    /** Where the words are in the line of the script that made the suggestion. */
    record EvidenceJson(String line, int start, int end) {
    }

    record SuggestionJson(long id, long sceneId, String sceneNumber, String kind, String status, String name,
                          Long categoryId, String category, EvidenceJson evidence) {

        static SuggestionJson of(SuggestionView view) {
            return new SuggestionJson(view.id(), view.sceneId(), view.sceneNumber(), kind(view.kind()),
                    view.status().name().toLowerCase(Locale.ROOT), view.name(), view.categoryId(), view.categoryName(),
                    new EvidenceJson(view.evidence(), view.evidenceStart(), view.evidenceEnd()));
        }

        private static String kind(SuggestionKind kind) {
            return switch (kind) {
                case CHARACTER -> "character";
                case DANCE_NUMBER -> "danceNumber";
                case ELEMENT -> "element";
            };
        }
    }

    /** The reviewer's edits before accepting: another name, another category (elements); both optional. */
    record AcceptJson(String name, Long categoryId) {
    }

    /**
     * The episode's suggestions in scene order: {@code ?status=pending} (the default), {@code accepted},
     * {@code rejected} or {@code all}.
     */
    @GetMapping("/episodes/{id}/suggestions")
    List<SuggestionJson> suggestions(@PathVariable long id,
                                     @RequestParam(name = "status", defaultValue = "pending") String status) {
        return service.episodeSuggestions(id, statuses(status)).stream().map(SuggestionJson::of).toList();
    }

    /**
     * Reads the episode's stored script again for suggestions (body {@code {}}; writers and showrunner) and answers
     * the pending ones: rejected ones stay rejected, accepted ones are not proposed again, pending ones keep their id.
     */
    @PostMapping(path = "/episodes/{id}/suggestions/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    List<SuggestionJson> refresh(@PathVariable long id, @RequestBody(required = false) Object ignored) {
        service.suggestAgain(id);
        return service.episodeSuggestions(id, EnumSet.of(SuggestionStatus.PENDING)).stream().map(SuggestionJson::of)
                .toList();
    }

    /** Accepts a pending suggestion, tagging the scene; the body may rename it or give an element's category. */
    @PostMapping(path = "/suggestions/{id}/accept", consumes = MediaType.APPLICATION_JSON_VALUE)
    SuggestionJson accept(@PathVariable long id, @RequestBody AcceptJson body) {
        return SuggestionJson.of(service.accept(service.suggestion(id).sceneId(), id,
                new SuggestionEdit(body.name(), body.categoryId())));
    }

    /** Rejects a pending suggestion (body {@code {}}): nothing is tagged and later imports do not bring it back. */
    @PostMapping(path = "/suggestions/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    SuggestionJson reject(@PathVariable long id, @RequestBody(required = false) Object ignored) {
        return SuggestionJson.of(service.reject(service.suggestion(id).sceneId(), id));
    }

    private static Set<SuggestionStatus> statuses(String status) {
        String wanted = status.strip().toUpperCase(Locale.ROOT);
        if (wanted.equals("ALL")) {
            return EnumSet.allOf(SuggestionStatus.class);
        }
        for (SuggestionStatus candidate : SuggestionStatus.values()) {
            if (candidate.name().equals(wanted)) {
                return EnumSet.of(candidate);
            }
        }
        throw new DomainException("suggestion.status.invalid", status);
    }
}
