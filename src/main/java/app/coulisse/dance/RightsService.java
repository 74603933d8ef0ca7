package app.coulisse.dance;

import app.coulisse.core.DomainValidation;
import app.coulisse.core.Versions;
import app.coulisse.security.Roles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A dance number's choreography rights and music clearance, and the cue sheet they make for an episode. */
@Service
@Transactional
public class RightsService {

    private final DanceService danceService;
    private final RightsAndMusicRepository rights;
    private final DanceNumberRepository numbers;
    private final SceneDanceNumberRepository links;
    private final DomainValidation validation;

    RightsService(DanceService danceService, RightsAndMusicRepository rights, DanceNumberRepository numbers,
                  SceneDanceNumberRepository links, DomainValidation validation) {
        this.danceService = danceService;
        this.rights = rights;
        this.numbers = numbers;
        this.links = links;
        this.validation = validation;
    }

    /** A number's rights and music; a fresh, unsaved record while nothing is known. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public RightsAndMusic rightsAndMusic(long danceNumberId) {
        return rights.findByDanceNumberId(danceNumberId)
                .orElseGet(() -> new RightsAndMusic(danceService.danceNumber(danceNumberId)));
    }

    /**
     * Stores what a form typed as the number's rights and music; the version guards against a concurrent change, and a
     * term ending before it starts or an approved licence without both credit lines is refused, nothing saved.
     */
    @PreAuthorize(Roles.CAN_PLAN)
    public RightsAndMusic save(long danceNumberId, long version, RightsAndMusic typed) {
        // Checked apart from the stored record, so a refusal leaves nothing changed in the session either.
        RightsAndMusic checked = new RightsAndMusic(null);
        checked.copyFrom(typed);
        validation.check(checked);
        RightsAndMusic stored = rights.findByDanceNumberId(danceNumberId)
                .orElseGet(() -> new RightsAndMusic(danceService.danceNumber(danceNumberId)));
        if (!stored.isNew()) {
            Versions.require(stored.getVersion(), version, "error.conflict");
        }
        stored.copyFrom(checked);
        return rights.saveAndFlush(stored);
    }

    /** The cue sheet of an episode: its numbers in the order first heard, and their credit lines, in three statements. */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public CueSheet cueSheet(long episodeId) {
        Map<Long, List<String>> scenes = links.byEpisode(episodeId).stream().collect(Collectors.groupingBy(
                DanceLink::danceNumberId, LinkedHashMap::new, Collectors.mapping(DanceLink::sceneNumber,
                        Collectors.toList())));
        if (scenes.isEmpty()) {
            return new CueSheet(episodeId, List.of(), List.of());
        }
        Map<Long, DanceNumber> performed = numbers.findAllById(scenes.keySet()).stream()
                .collect(Collectors.toMap(DanceNumber::getId, Function.identity()));
        Map<Long, RightsAndMusic> known = rights.findByDanceNumbers(scenes.keySet()).stream()
                .collect(Collectors.toMap(r -> r.getDanceNumber().getId(), Function.identity()));
        List<CueSheet.Cue> cues = new ArrayList<>();
        List<CueSheet.Credit> credits = new ArrayList<>();
        scenes.forEach((id, sceneNumbers) -> {
            DanceNumber number = performed.get(id);
            RightsAndMusic music = known.get(id);
            cues.add(music == null
                    ? new CueSheet.Cue(id, number.getTitle(), number.getPiece(), number.getComposer(), null, false,
                    number.getMusicSource(), null, null, null, null, sceneNumbers)
                    : new CueSheet.Cue(id, number.getTitle(), number.getPiece(), number.getComposer(),
                    music.getRecording(), music.isRecordedByProduction(), number.getMusicSource(), music.getCueUsage(),
                    music.getTimingSeconds(), music.getSyncClearance(), music.getMasterClearance(), sceneNumbers));
            if (music != null && (music.getCreditEnglish() != null || music.getCreditFrench() != null)) {
                credits.add(new CueSheet.Credit(number.getTitle(), music.getLicensor(), music.getCreditEnglish(),
                        music.getCreditFrench()));
            }
        });
        return new CueSheet(episodeId, cues, credits);
    }
}
