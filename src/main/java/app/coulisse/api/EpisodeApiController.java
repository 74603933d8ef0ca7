package app.coulisse.api;

import app.coulisse.core.DomainException;
import app.coulisse.core.Messages;
import app.coulisse.highlight.HighlightService;
import app.coulisse.outline.Act;
import app.coulisse.outline.OutlineService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ImportResult;
import app.coulisse.screenplay.ParseWarning;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.ScreenplayTooLargeException;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Episodes and screenplay import over HTTP; roles are checked by the services, as for the UI. */
@RestController
@RequestMapping("/api/episodes")
class EpisodeApiController {

    /**
     * The import accepts only types a plain HTML form cannot send (forms send text/plain, urlencoded and multipart),
     * so a page on another site cannot make a browser with cached Basic credentials import anything.
     */
    static final String FOUNTAIN = "text/x-fountain";

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final ScreenplayImportService importService;
    private final Messages translations;
    private final HighlightService highlights;

    EpisodeApiController(SeasonService seasonService, OutlineService outlineService,
                         ScreenplayImportService importService, Messages translations, HighlightService highlights) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.importService = importService;
        this.translations = translations;
        this.highlights = highlights;
    }

    /** A season's episodes in running order ({@code ?season=}, the current season by default). */
    @GetMapping
    List<EpisodeJson> episodes(@RequestParam(name = "season", required = false) Integer season) {
        return (season == null ? seasonService.episodeSummaries() : seasonService.episodeSummaries(season)).stream()
                .map(EpisodeJson::of).toList();
    }

    /**
     * Creates an episode at the end of a season (the current one unless {@code season} is given), with the
     * same default acts as one made on screen (writers and showrunner); 409 "series.none" before setup.
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedEpisodeJson> create(@RequestBody NewEpisodeJson body) {
        Episode episode = seasonService.createEpisode(body.number(), body.title(), body.season());
        List<String> acts = outlineService.board(episode.getId()).acts().stream().map(Act::getName).toList();
        return ResponseEntity.created(URI.create("/api/episodes/" + episode.getId()))
                .body(new CreatedEpisodeJson(episode.getId(), episode.getNumber(), episode.getTitle(),
                        episode.getStatus(), 0, episode.getSeason().getNumber(), acts));
    }

    /**
     * Imports the raw Fountain or FDX file of the body into the episode. The name comes from {@code ?filename=}, else
     * the Content-Disposition header, else the content decides the format. The caller's role is checked before a
     * byte of the body is read.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    @PostMapping(path = "/{id}/screenplay", consumes = {FOUNTAIN, MediaType.APPLICATION_OCTET_STREAM_VALUE,
            MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    Object importScreenplay(@PathVariable long id, InputStream body,
                                @RequestParam(name = "filename", required = false) String fileName,
                                @RequestHeader(name = HttpHeaders.CONTENT_DISPOSITION, required = false) String disposition,
                                @RequestParam(name = "mode", defaultValue = "append") String mode,
                                @RequestParam(name = "nonSpeaking", required = false) Set<String> nonSpeaking,
                                @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun,
                                @RequestParam(name = "confirm", defaultValue = "false") boolean confirm)
            throws IOException {
        // Read one byte past the limit: enough to know the file is too large without holding all of it.
        byte[] content = body.readNBytes(ScreenplayImportService.MAX_FILE_BYTES + 1);
        if (content.length > ScreenplayImportService.MAX_FILE_BYTES) {
            throw new ScreenplayTooLargeException();
        }
        ImportMode importMode = mode(mode);
        if (importMode == ImportMode.REVISE || dryRun) {
            return RevisionImportJson.answer(importService, id, fileName(fileName, disposition), content, importMode,
                    dryRun, confirm, nonSpeaking, this::warnings, highlights);
        }
        ImportResult result = importService.commit(id, fileName(fileName, disposition), content, importMode,
                nonSpeaking == null ? Set.of() : nonSpeaking);
        return ImportJson.of(result, warnings(result.warnings()));
    }

    private List<WarningJson> warnings(List<ParseWarning> warnings) {
        return warnings.stream()
                .map(w -> new WarningJson(translations.get(w.key(), Locale.ENGLISH, w.args().toArray()), w.key(), w.args()))
                .toList();
    }

    private static String fileName(String fromQuery, String disposition) {
        if (fromQuery != null && !fromQuery.isBlank()) {
            return fromQuery;
        }
        if (disposition != null && !disposition.isBlank()) {
            try {
                return ContentDisposition.parse(disposition).getFilename();
            } catch (IllegalArgumentException malformed) {
                throw new DomainException("api.content-disposition.invalid");
            }
        }
        return null;
    }

    private static ImportMode mode(String mode) {
        for (ImportMode candidate : ImportMode.values()) {
            if (candidate.name().equalsIgnoreCase(mode.strip())) {
                return candidate;
            }
        }
        throw new DomainException("api.mode.invalid", mode);
    }
}
