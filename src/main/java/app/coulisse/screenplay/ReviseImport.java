package app.coulisse.screenplay;

import app.coulisse.cast.CastService;
import app.coulisse.cast.NewCharacter;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.core.DomainException;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneDraft;
import app.coulisse.outline.SceneField;
import app.coulisse.outline.SceneFields;
import app.coulisse.outline.StorySet;
import app.coulisse.revision.RevisionColour;
import app.coulisse.revision.RevisionInfo;
import app.coulisse.revision.SceneHistoryService;
import app.coulisse.revision.RevisionService;
import app.coulisse.season.Episode;
import app.coulisse.season.SeasonService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The revise mode of the import (record 027): matches the file to the episode with {@link RevisePlan}, then writes
 * it inside the caller's transaction, every change counted in the import's revision. Not a bean: the import service
 * owns it and the transaction.
 */
final class ReviseImport {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final RevisionService revisionService;
    private final SceneHistoryService history;
    private final SceneScriptRepository scripts;
    private final ScriptTextStore texts;
    private final ScriptTextWriter textWriter;
    private final ApplicationEventPublisher events;

    ReviseImport(SeasonService seasonService, OutlineService outlineService, CastService castService,
                 RevisionService revisionService, SceneHistoryService history, SceneScriptRepository scripts,
                 ScriptTextStore texts, ScriptTextWriter textWriter, ApplicationEventPublisher events) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.revisionService = revisionService;
        this.history = history;
        this.scripts = scripts;
        this.texts = texts;
        this.textWriter = textWriter;
        this.events = events;
    }

    RevisionImport preview(long episodeId, String fileName, ImportPlan file) {
        Episode episode = seasonService.episode(episodeId);
        Map<Long, List<StoredElement>> stored = texts.ofEpisode(episodeId);
        RevisePlan plan = RevisePlan.of(existing(episodeId, stored), file.scenes(), episode.isNumbersLocked());
        RevisionColour colour = revisionService.colourForImport(episodeId);
        return plan.summary(episodeId, fileName, colour.name(), colour.hex(), true, file.warnings(),
                revisedTexts(plan, stored));
    }

    /** The matched scenes' stored texts as {@link #reviseText} would rewrite them, changing nothing. */
    private static List<RevisedText> revisedTexts(RevisePlan plan, Map<Long, List<StoredElement>> stored) {
        List<RevisedText> revised = new ArrayList<>();
        for (RevisePlan.Planned scene : plan.planned()) {
            List<StoredElement> text = scene.isNew() ? List.of() : stored.getOrDefault(scene.match().id(), List.of());
            if (text.isEmpty()) {
                continue;
            }
            TextRevision revision = TextRevision.of(scene.match().id(), text, ScriptTextWriter.text(scene.file().parsed()),
                    null);
            if (revision.changed()) {
                revised.add(new RevisedText(scene.number(), revision.event(scene.match().id(), null), revision.after(text),
                        RevisePlan.removedSpeakers(scene)));
            }
        }
        return revised;
    }

    RevisionImport commit(long episodeId, String fileName, ImportPlan file, boolean confirmUnmatched) {
        Episode episode = seasonService.episode(episodeId);
        Map<Long, List<StoredElement>> stored = texts.ofEpisode(episodeId);
        RevisePlan plan = RevisePlan.of(existing(episodeId, stored), file.scenes(), episode.isNumbersLocked());
        if (plan.mostlyUnmatched() && !confirmUnmatched) {
            RevisionImport summary = plan.summary(episodeId, fileName, "", "", true, List.of(), List.of());
            throw new DomainException("screenplay.revise.mostly-unmatched", summary.matched(), summary.episodeScenes());
        }
        RevisionInfo revision = history.startForImport(episodeId);
        history.markingImport(revision.id(), () -> write(episodeId, file, plan, revision.id(), stored));
        return plan.summary(episodeId, fileName, revision.colour().name(), revision.colour().hex(), false,
                file.warnings(), List.of());
    }

    private Void write(long episodeId, ImportPlan file, RevisePlan plan, long revisionId,
                       Map<Long, List<StoredElement>> stored) {
        Map<ImportPlan.PlannedCharacter, Long> characterIds = new HashMap<>();
        for (ImportPlan.PlannedCharacter character : file.characters()) {
            characterIds.put(character, character.isNew()
                    ? castService.createCharacter(new NewCharacter(character.castName(), character.castId(), null, null,
                    false, null)).getId()
                    : character.existingId());
        }
        Map<Integer, Long> sceneIds = new HashMap<>();
        Map<Long, ParsedScene> newTexts = new LinkedHashMap<>();
        List<ScriptImported.SceneText> imported = new ArrayList<>();
        List<RevisePlan.Planned> planned = plan.planned();
        for (int i = 0; i < planned.size(); i++) {
            RevisePlan.Planned scene = planned.get(i);
            long sceneId = scene.isNew() ? insert(episodeId, planned, sceneIds, i) : scene.match().id();
            sceneIds.put(i, sceneId);
            if (scene.isNew()) {
                history.recordImport(sceneId, revisionId, SceneField.SCENE, null, scene.heading());
                tagSpeakers(sceneId, scene, characterIds);
                newTexts.put(sceneId, scene.file().parsed());
            } else {
                if (!scene.changes().isEmpty()) {
                    revise(sceneId, scene, characterIds, revisionId);
                }
                reviseText(sceneId, scene, stored.getOrDefault(sceneId, List.of()), revisionId);
            }
            remember(sceneId, scene.fingerprint());
            imported.add(new ScriptImported.SceneText(sceneId, scene.file().parsed().elements()));
        }
        textWriter.storeNew(newTexts, revisionId);
        plan.omitted().forEach(scene -> outlineService.omitScene(scene.id()));
        events.publishEvent(new ScriptImported(episodeId, imported));
        return null;
    }

    private void revise(long sceneId, RevisePlan.Planned scene, Map<ImportPlan.PlannedCharacter, Long> characterIds,
                        long revisionId) {
        if (scene.match().omitted()) {
            outlineService.restoreScene(sceneId);
        }
        if (scene.changes().stream().anyMatch(change -> change.sceneField().isRevised())) {
            Scene edited = SceneFields.editableCopy(outlineService.scene(sceneId));
            ImportPlan.Scene from = scene.file();
            edited.setIntExt(from.intExt());
            edited.setSet(from.set() == null ? null : new StorySet(seasonService.series(), from.set()));
            edited.setTimeOfDay(from.timeOfDay());
            edited.setEighths(from.parsed().eighths());
            if (from.synopsis() != null) {
                edited.setSynopsis(from.synopsis().strip());
                edited.setSynopsisFromScript(from.synopsisFromScript());
            }
            outlineService.saveScene(sceneId, edited);
        }
        scene.changes().stream().filter(change -> change.sceneField() == SceneField.TEXT).findFirst().ifPresent(change ->
                history.recordImport(sceneId, revisionId, SceneField.TEXT, null, change.after()));
        tagSpeakers(sceneId, scene, characterIds);
        scene.speakersGone().forEach(characterId -> castService.untagFileSpeaker(sceneId, characterId));
    }

    /**
     * A matched scene's stored text becomes the file's, changed elements marked with the revision; a scene imported
     * before texts were kept gets its text marked only when the fingerprint says its words changed.
     */
    private void reviseText(long sceneId, RevisePlan.Planned scene, List<StoredElement> stored, long revisionId) {
        boolean textChanged = scene.changes().stream().anyMatch(change -> change.sceneField() == SceneField.TEXT);
        if (stored.isEmpty() && !textChanged) {
            textWriter.storeNew(Map.of(sceneId, scene.file().parsed()), null);
        } else {
            textWriter.revise(sceneId, stored, ScriptTextWriter.text(scene.file().parsed()), revisionId);
        }
    }

    private void tagSpeakers(long sceneId, RevisePlan.Planned scene, Map<ImportPlan.PlannedCharacter, Long> characterIds) {
        for (ImportPlan.Casting casting : scene.file().cast()) {
            castService.tagFromFile(sceneId, characterIds.get(casting.character()), casting.speaking(), casting.onScreen());
        }
    }

    /**
     * Inserts a new scene where {@link RevisePlan} numbered it: right after the scene the file puts before it, before
     * the next matched one when it comes first, after the episode's last scene when nothing matched.
     */
    private long insert(long episodeId, List<RevisePlan.Planned> planned, Map<Integer, Long> sceneIds, int index) {
        ImportPlan.Scene file = planned.get(index).file();
        Scene content = new Scene(seasonService.episode(episodeId));
        content.setIntExt(file.intExt());
        content.setSet(file.set() == null ? null : new StorySet(seasonService.series(), file.set()));
        content.setTimeOfDay(file.timeOfDay());
        content.setEighths(file.parsed().eighths());
        content.setSynopsis(file.synopsis());
        content.setSynopsisFromScript(file.synopsisFromScript());
        content.setNotes(file.note());
        if (index > 0) {
            return outlineService.insertSceneBeside(sceneIds.get(index - 1), true, content).getId();
        }
        Long next = planned.stream().filter(scene -> !scene.isNew()).map(scene -> scene.match().id()).findFirst()
                .orElse(null);
        if (next != null) {
            return outlineService.insertSceneBeside(next, false, content).getId();
        }
        List<Scene> scenes = outlineService.scenes(episodeId);
        if (!scenes.isEmpty()) {
            return outlineService.insertSceneBeside(scenes.getLast().getId(), true, content).getId();
        }
        return outlineService.appendScene(episodeId, new SceneDraft(file.parsed().act(), file.intExt(), file.set(),
                file.timeOfDay(), null, file.parsed().eighths(), file.synopsis(), null, null, List.of(),
                file.synopsisFromScript(), file.note())).getId();
    }

    private void remember(long sceneId, String fingerprint) {
        scripts.findById(sceneId).ifPresentOrElse(script -> script.fingerprint(fingerprint),
                () -> scripts.save(new SceneScript(sceneId, fingerprint)));
    }

    /** After a first import: the scene's script fingerprint and an "imported" line in its history. */
    void imported(long sceneId, ParsedScene parsed, String format) {
        remember(sceneId, ScriptFingerprint.of(parsed));
        history.recordImported(sceneId, format);
    }

    /** A stored text's body as one text for the word diff, or null for a scene without text. */
    private static String body(List<StoredElement> text) {
        return text == null ? null : WordDiff.body(text.stream().filter(element -> element.type() != ElementType.HEADING)
                .map(StoredElement::text).toList());
    }

    /** The episode's scenes in order, with their tags, where each came from, and their script ({@code stored}). */
    private List<RevisePlan.Existing> existing(long episodeId, Map<Long, List<StoredElement>> stored) {
        List<Scene> scenes = outlineService.scenes(episodeId);
        Map<Long, List<Long>> fromFile = castService.fileSpeakersByScene(episodeId);
        Map<Long, Map<Long, RevisePlan.Tagged>> tags = new HashMap<>();
        for (SceneAppearance appearance : castService.episodeCast(episodeId)) {
            boolean file = fromFile.getOrDefault(appearance.sceneId(), List.of()).contains(appearance.characterId());
            tags.computeIfAbsent(appearance.sceneId(), id -> new LinkedHashMap<>()).put(appearance.characterId(),
                    new RevisePlan.Tagged(appearance.castLabel(), appearance.speaking(), file));
        }
        Set<Long> ids = scenes.stream().map(Scene::getId).collect(Collectors.toCollection(HashSet::new));
        Map<Long, String> fingerprints = new HashMap<>();
        scripts.findBySceneIdIn(ids).forEach(script -> fingerprints.put(script.sceneId(), script.fingerprint()));
        List<RevisePlan.Existing> existing = new ArrayList<>();
        for (Scene scene : scenes) {
            existing.add(new RevisePlan.Existing(scene.getId(), scene.getNumber(), scene.isOmitted(), scene.getIntExt(),
                    scene.getSet() == null ? null : scene.getSet().getName(), scene.getTimeOfDay(), scene.getEighths(),
                    scene.getSynopsis(), scene.isSynopsisFromScript(), fingerprints.get(scene.getId()),
                    tags.getOrDefault(scene.getId(), Map.of()), body(stored.get(scene.getId()))));
        }
        return existing;
    }
}
