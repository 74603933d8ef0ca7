package app.coulisse.dance;

import app.coulisse.cast.CastService;
import app.coulisse.cast.CharactersMerged;
import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.DomainException;
import app.coulisse.core.DomainValidation;
import app.coulisse.core.UniqueViolations;
import app.coulisse.core.NotFoundException;
import app.coulisse.core.Versions;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.season.BulkEpisodeWrite;
import app.coulisse.season.Company;
import app.coulisse.season.EpisodeWrite;
import app.coulisse.season.SeasonService;
import app.coulisse.season.Series;
import app.coulisse.security.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.SceneChanged;
import app.coulisse.outline.SceneField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dance-number catalog and which numbers are performed in which scenes. */
@Service
@Transactional
public class DanceService {

    private final SeasonService seasonService;
    private final OutlineService outlineService;
    private final CastService castService;
    private final DanceNumberRepository numbers;
    private final SceneDanceNumberRepository links;
    private final NumberDetails details;
    private final DomainValidation validation;
    private final ApplicationEventPublisher events;

    DanceService(SeasonService seasonService, OutlineService outlineService, CastService castService,
                 DanceNumberRepository numbers, SceneDanceNumberRepository links, NumberDetails details,
                 DomainValidation validation, ApplicationEventPublisher events) {
        this.seasonService = seasonService;
        this.outlineService = outlineService;
        this.castService = castService;
        this.numbers = numbers;
        this.links = links;
        this.details = details;
        this.validation = validation;
        this.events = events;
    }

    /** The series' dance numbers by title. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceNumber> danceNumbers() {
        return numbers.findBySeriesOrderByTitle(seasonService.series());
    }

    /** The catalog by title with scene and dancer counts, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceNumberSummary> summaries() {
        return numbers.summaries(seasonService.series());
    }

    /** One dance number with its company and principal dancers loaded. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public DanceNumber danceNumber(long danceNumberId) {
        return numbers.findWithDancers(danceNumberId)
                .orElseThrow(() -> new NotFoundException("dance.not-found", danceNumberId));
    }

    /** Creates a dance number; titles are unique in the series. */
    @PreAuthorize(Roles.CAN_EDIT)
    public DanceNumber create(DanceNumberDraft draft) {
        DanceNumber number = new DanceNumber(seasonService.series(), "");
        apply(number, draft);
        return UniqueViolations.refuseDuplicate(() -> numbers.saveAndFlush(number));
    }

    /** Changes a dance number; the version guards against a concurrent change. */
    @PreAuthorize(Roles.CAN_EDIT)
    public DanceNumber update(long danceNumberId, long version, DanceNumberDraft draft) {
        DanceNumber number = danceNumber(danceNumberId);
        Versions.require(number.getVersion(), version, "error.conflict");
        apply(number, draft);
        return UniqueViolations.refuseDuplicate(() -> numbers.saveAndFlush(number));
    }

    /** Copies a draft into a number and checks it against {@link DanceNumber}'s constraints; lookups come first, so nothing half-applied is flushed. */
    private void apply(DanceNumber number, DanceNumberDraft draft) {
        Series series = seasonService.series();
        String title = draft.title() == null ? "" : draft.title().trim();
        numbers.findBySeriesAndTitleIgnoreCase(series, title)
                .filter(other -> !other.getId().equals(number.getId()))
                .ifPresent(other -> {
                    throw new DomainException("dance.title.taken", title);
                });
        Company company = draft.companyId() == null ? null : seasonService.companies().stream()
                .filter(candidate -> candidate.getId().equals(draft.companyId()))
                .findFirst().orElseThrow(() -> new DomainException("company.not-found", draft.companyId()));
        List<StoryCharacter> dancers = draft.principalDancerIds() == null ? List.of()
                : draft.principalDancerIds().stream().map(castService::character).toList();
        number.setTitle(title);
        number.setStyle(blankToNull(draft.style()));
        number.setChoreographer(blankToNull(draft.choreographer()));
        number.setComposer(blankToNull(draft.composer()));
        number.setPiece(blankToNull(draft.piece()));
        number.setMusicCue(blankToNull(draft.musicCue()));
        number.setMusicSource(draft.musicSource());
        number.setCompany(company);
        number.setDurationSeconds(draft.durationSeconds());
        number.setEnsembleSize(draft.ensembleSize());
        number.setRehearsalHours(draft.rehearsalHours());
        number.setCostumeNotes(blankToNull(draft.costumeNotes()));
        number.setShoesPerDancer(draft.shoesPerDancer());
        number.setProps(blankToNull(draft.props()));
        number.getPrincipalDancers().clear();
        number.getPrincipalDancers().addAll(dancers);
        validation.check(number);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** How many scene links go with a dance number if it is deleted. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public long linkCount(long danceNumberId) {
        return links.countByDanceNumberId(danceNumberId);
    }

    /** Deletes a dance number and its scene links. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void delete(@EpisodeWrite(DanceNumber.class) long danceNumberId) {
        DanceNumber number = danceNumber(danceNumberId);
        events.publishEvent(BulkEpisodeWrite.of(links.episodesOfDanceNumber(danceNumberId)));
        links.deleteByDanceNumber(danceNumberId);
        details.deleteOf(danceNumberId);
        numbers.delete(number);
    }

    /** Puts a dance number in a scene, or changes the note if it is already there; gives back the scene's link. */
    @PreAuthorize(Roles.CAN_EDIT)
    public SceneDanceNumber link(@EpisodeWrite(Scene.class) long sceneId, long danceNumberId, String note) {
        Scene scene = outlineService.scene(sceneId);
        String cleanNote = validation.checkValue(SceneDanceNumber.class, "note", blankToNull(note));
        SceneDanceNumber link = links.findBySceneIdAndDanceNumberId(sceneId, danceNumberId)
                .orElseGet(() -> new SceneDanceNumber(scene, danceNumber(danceNumberId), cleanNote));
        String before = link.getId() == null ? null : link.getDanceNumber().getTitle() + noteOf(link.getNote());
        link.setNote(cleanNote);
        events.publishEvent(new SceneChanged(sceneId, ChangeKind.TAG, SceneField.DANCE_NUMBER, before,
                link.getDanceNumber().getTitle() + noteOf(cleanNote)));
        return links.save(link);
    }

    private static String noteOf(String note) {
        return note == null ? "" : " (" + note + ")";
    }

    /** Takes a dance number out of a scene. */
    @PreAuthorize(Roles.CAN_EDIT)
    public void unlink(@EpisodeWrite(Scene.class) long sceneId, long danceNumberId) {
        outlineService.scene(sceneId);
        links.findBySceneIdAndDanceNumberId(sceneId, danceNumberId).ifPresent(link -> {
            events.publishEvent(new SceneChanged(sceneId, ChangeKind.UNTAG, SceneField.DANCE_NUMBER,
                    link.getDanceNumber().getTitle(), null));
            links.delete(link);
        });
    }

    /** The numbers performed in a scene, by title. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceLink> sceneNumbers(long sceneId) {
        return links.byScene(sceneId);
    }

    /** Every number-to-scene link of an episode, in scene order, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceLink> episodeLinks(long episodeId) {
        return links.byEpisode(episodeId);
    }

    /** The scenes a number is performed in, in running order. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceLink> scenesOf(long danceNumberId) {
        return links.byDanceNumber(danceNumberId);
    }

    /** The titles of the numbers in each scene of an episode (scenes without are absent), in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public Map<Long, List<String>> danceNumbersByScene(long episodeId) {
        return links.byEpisode(episodeId).stream().collect(Collectors.groupingBy(DanceLink::sceneId,
                LinkedHashMap::new, Collectors.mapping(DanceLink::title, Collectors.toList())));
    }

    /** Every number performed in an episode with all its fields and principal dancers, in two statements. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceNumberDetails> episodeNumbers(long episodeId) {
        return details(numbers.performedIn(episodeId));
    }

    /** Every number performed in the season with all its fields and principal dancers, in two statements. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceNumberDetails> seasonNumbers() {
        return details(numbers.performedInSeason(seasonService.series()));
    }

    /** Every dance number of every scene of the season, in one statement. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public List<DanceLink> seasonLinks() {
        return links.bySeries(seasonService.series());
    }

    private List<DanceNumberDetails> details(List<DanceNumber> performed) {
        if (performed.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DanceNumberDetails.Dancer>> dancers = numbers.principalDancers(
                        performed.stream().map(DanceNumber::getId).toList()).stream()
                .collect(Collectors.groupingBy(DancerInNumber::danceNumberId, Collectors.mapping(
                        d -> new DanceNumberDetails.Dancer(d.characterId(), d.castId(), d.name()), Collectors.toList())));
        return performed.stream().map(n -> new DanceNumberDetails(n.getId(), n.getTitle(), n.getStyle(),
                n.getChoreographer(), n.getComposer(), n.getPiece(), n.getMusicCue(), n.getMusicSource(),
                n.getCompany() == null ? null : n.getCompany().getName(), n.getDurationSeconds(), n.getEnsembleSize(),
                n.getRehearsalHours(), n.getCostumeNotes(), n.getShoesPerDancer(), n.getProps(),
                dancers.getOrDefault(n.getId(), List.of()))).toList();
    }

    /** A merged-away character's place among principal dancers goes to the survivor. */
    @EventListener
    void onCharactersMerged(CharactersMerged merged) {
        StoryCharacter survivor = castService.character(merged.survivorId());
        for (DanceNumber number : numbers.findByPrincipalDancer(merged.duplicateId())) {
            number.getPrincipalDancers().removeIf(dancer -> dancer.getId() == merged.duplicateId());
            number.getPrincipalDancers().add(survivor);
        }
    }
}
