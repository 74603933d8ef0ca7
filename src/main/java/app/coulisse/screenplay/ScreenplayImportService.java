package app.coulisse.screenplay;

import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.Bulkhead;
import app.coulisse.core.ConcurrentChangeException;
import app.coulisse.core.DomainException;
import app.coulisse.core.UniqueViolations;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.revision.RevisionService;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.season.Episode;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.season.SeasonService;
import app.coulisse.security.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a Fountain or Final Draft screenplay into an episode in two steps: a preview that changes nothing, then a
 * commit that writes scenes, new characters and appearances in one transaction. Mapping rules: design record 003.
 * The file is parsed before the transaction opens, so a large file holds no database connection (record 018), and
 * only so many files are parsed at once (record 056): past that a caller is refused "screenplay.import.busy".
 */
@Service
public class ScreenplayImportService {

    /** The largest file accepted: a feature-length screenplay in FDX is well under 1 MB. */
    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    private static final int WRITE_ATTEMPTS = 3;

    private ScreenplayReader reader = new ScreenplayReader();
    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final ReviseImport revising;
    private final ScriptTextWriter textWriter;
    private final ApplicationEventPublisher events;
    private final Bulkhead parsing;

    ScreenplayImportService(SeasonService seasonService, OutlineService outlineService, CastService castService,
                            PlatformTransactionManager transactions, RevisionService revisionService,
                            SceneHistoryService history, SceneScriptRepository scripts, ScriptTextStore texts,
                            ScriptTextWriter textWriter, ApplicationEventPublisher events,
                            @Value("${coulisse.limits.parses:4}") int parallelParses,
                            @Value("${coulisse.limits.parse-wait:2s}") Duration parseWait) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.textWriter = textWriter;
        this.events = events;
        this.revising = new ReviseImport(seasonService, outlineService, castService, revisionService, history, scripts,
                texts, textWriter, events);
        this.parsing = new Bulkhead(parallelParses, parseWait, "screenplay.import.busy");
    }

    /** For tests: the reader that parses files (to observe that no transaction is open while it runs). */
    void useReader(ScreenplayReader reader) {
        this.reader = reader;
    }

    /** Reads the file and matches it to the episode and the cast, changing nothing. */
    @PreAuthorize(Roles.CAN_EDIT)
    public ImportPreview preview(long episodeId, String fileName, byte[] content) {
        Screenplay screenplay = read(fileName, content);
        return reading.execute(status -> {
            seasonService.episode(episodeId);
            return plan(episodeId, screenplay, Set.of()).preview(fileName);
        });
    }

    /** Imports the file into the episode, with the confirmed non-speaking names; on any failure nothing is saved. */
    @PreAuthorize(Roles.CAN_EDIT)
    public ImportResult commit(@EpisodeWrite(Episode.class) long episodeId, String fileName, byte[] content, ImportMode mode,
                               Set<String> confirmedNonSpeaking) {
        Screenplay screenplay = read(fileName, content);
        return writeAgainOnConflict(episodeId, () -> write(episodeId, screenplay, mode, confirmedNonSpeaking));
    }

    /** What importing the file as a revision of the episode would do (record 027), changing nothing. */
    @PreAuthorize(Roles.CAN_EDIT)
    public RevisionImport previewRevision(long episodeId, String fileName, byte[] content) {
        Screenplay screenplay = read(fileName, content);
        return reading.execute(status -> {
            seasonService.episode(episodeId);
            return revising.preview(episodeId, fileName, plan(episodeId, screenplay, Set.of()));
        });
    }

    /**
     * Imports the file as the episode's next revision in one transaction: matched scenes keep their tags, new ones
     * are inserted, missing ones omitted, every change marked; with almost nothing matching only when confirmed.
     */
    @PreAuthorize(Roles.CAN_EDIT)
    public RevisionImport revise(@EpisodeWrite(Episode.class) long episodeId, String fileName, byte[] content, boolean confirmUnmatched) {
        Screenplay screenplay = read(fileName, content);
        return writeAgainOnConflict(episodeId, () -> {
            seasonService.episode(episodeId);
            return revising.commit(episodeId, fileName, plan(episodeId, screenplay, Set.of()), confirmUnmatched);
        });
    }

    private ImportResult write(long episodeId, Screenplay screenplay, ImportMode mode, Set<String> confirmedNonSpeaking) {
        Episode episode = seasonService.episode(episodeId);
        int deleted = 0;
        if (mode == ImportMode.REVISE) {
            throw new DomainException("screenplay.revise.use-revise");
        }
        if (mode == ImportMode.REPLACE) {
            if (episode.isNumbersLocked()) {
                throw new DomainException("screenplay.import.replace-locked", episode.getNumber());
            }
            deleted = outlineService.deleteScenes(episodeId);
        }
        ImportPlan plan = plan(episodeId, screenplay, confirmedNonSpeaking == null ? Set.of() : confirmedNonSpeaking);

        Map<ImportPlan.PlannedCharacter, Long> characterIds = new HashMap<>();
        List<ImportedCharacter> created = new ArrayList<>();
        List<ImportedCharacter> matched = new ArrayList<>();
        for (ImportPlan.PlannedCharacter character : plan.characters()) {
            if (character.isNew()) {
                StoryCharacter saved = castService.createCharacter(
                        new NewCharacter(character.castName(), character.castId(), null, null, false, null));
                characterIds.put(character, saved.getId());
                created.add(character.view());
            } else {
                characterIds.put(character, character.existingId());
                matched.add(character.view());
            }
        }

        List<SceneDraft> drafts = new ArrayList<>();
        List<String> fileNumbers = new ArrayList<>();
        for (ImportPlan.Scene planned : plan.scenes()) {
            ParsedScene parsed = planned.parsed();
            drafts.add(new SceneDraft(parsed.act(), planned.intExt(), planned.set(), planned.timeOfDay(), null,
                    parsed.eighths(), planned.synopsis(), null, null, List.of(), planned.synopsisFromScript(),
                    planned.note()));
            fileNumbers.add(parsed.number());
        }
        List<Scene> written = outlineService.appendScenes(episodeId, drafts, fileNumbers);

        List<ImportedScene> scenes = new ArrayList<>();
        Map<Long, ParsedScene> texts = new LinkedHashMap<>();
        List<ScriptImported.SceneText> imported = new ArrayList<>();
        int appearances = 0;
        for (int i = 0; i < written.size(); i++) {
            ImportPlan.Scene planned = plan.scenes().get(i);
            Scene scene = written.get(i);
            for (ImportPlan.Casting casting : planned.cast()) {
                castService.tagFromFile(scene.getId(), characterIds.get(casting.character()), casting.speaking(),
                        casting.onScreen());
                appearances++;
            }
            revising.imported(scene.getId(), planned.parsed(), screenplay.format().name());
            texts.put(scene.getId(), planned.parsed());
            scenes.add(planned.view(scene.getNumber()));
            imported.add(new ScriptImported.SceneText(scene.getId(), planned.parsed().elements()));
        }
        textWriter.storeNew(texts, null);
        events.publishEvent(new ScriptImported(episodeId, imported));
        return new ImportResult(episodeId, episode.getNumber(), mode, deleted, scenes, created, matched, appearances,
                plan.warnings());
    }

    private ImportPlan plan(long episodeId, Screenplay screenplay, Set<String> confirmedNonSpeaking) {
        List<KnownCharacter> cast = castService.characters().stream()
                .map(character -> new KnownCharacter(character.getId(), character.getCastId(), character.getName()))
                .toList();
        return ImportPlan.build(screenplay, cast, castService.nextFreeCastIds(ImportPlan.mostNewCharacters(screenplay)),
                confirmedNonSpeaking, outlineService.planAppend(episodeId, ImportPlan.incoming(screenplay)));
    }

    /** Parses the file; an unreadable one becomes a translatable refusal carrying the parser's key and arguments. */
    /**
     * Runs an import's writes in a transaction, again when a concurrent import broke a unique rule or a version first
     * (the same new character, the same next revision): the next attempt plans against what the other committed, as
     * if the two had run one after the other. Past the attempts, 409 "screenplay.import.concurrent" (record 056).
     */
    private <T> T writeAgainOnConflict(long episodeId, Supplier<T> writes) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writing.execute(status -> writes.get());
            } catch (RuntimeException e) {
                if (!causedByConcurrentWrite(e)) {
                    throw e;
                }
                if (attempt == WRITE_ATTEMPTS) {
                    String number = reading.execute(status -> seasonService.episode(episodeId).getNumber());
                    ConcurrentChangeException refusal = new ConcurrentChangeException("screenplay.import.concurrent",
                            number);
                    refusal.initCause(e);
                    throw refusal;
                }
            }
        }
    }

    /** A unique rule of ours or a version broken first by another import; any other database refusal is not. */
    private static boolean causedByConcurrentWrite(Throwable failure) {
        if (UniqueViolations.refusal(failure).isPresent()) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || cause instanceof ConcurrencyFailureException) {
                return true;
            }
        }
        return false;
    }

    private Screenplay read(String fileName, byte[] content) {
        if (content != null && content.length > MAX_FILE_BYTES) {
            throw new ScreenplayTooLargeException();
        }
        try {
            return parsing.call(() -> reader.read(fileName, content == null ? new byte[0] : content));
        } catch (UnreadableScreenplayException e) {
            throw e.refusal();
        }
    }
}
