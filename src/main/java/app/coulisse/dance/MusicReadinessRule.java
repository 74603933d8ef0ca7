package app.coulisse.dance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The music a number is danced to is cleared for the way it is heard (record 055): the composition (sync) always;
 * the recording (master) too when a recording is played back or laid under the picture (playback, click track),
 * unless the production recorded it. A live orchestra re-records the work, so it needs the sync alone. Music nobody
 * has entered is named as such, not as a clearance refused.
 */
@Component
class MusicReadinessRule implements ReadinessRule {

    private final RightsAndMusicRepository rights;

    MusicReadinessRule(RightsAndMusicRepository rights) {
        this.rights = rights;
    }

    @Override
    public Check load(ReadinessScope scope) {
        List<Music> music = scope.danceNumberIds().isEmpty() ? List.of() : rights.music(scope.danceNumberIds());
        return new Loaded(music.stream().collect(Collectors.toMap(Music::danceNumberId, Function.identity())));
    }

    /** How a number's music is heard and cleared; the clearances are null while nothing is recorded about them. */
    record Music(long danceNumberId, MusicSource source, ClearanceStatus sync, ClearanceStatus master,
                 Boolean recordedByProduction) {

        /** Whether the clearances were ever entered (a rights and music row holds both, pending at first). */
        boolean clearancesEntered() {
            return sync != null;
        }

        /** Whether a recording the production does not own is heard under the picture. */
        boolean needsMaster() {
            return source != MusicSource.LIVE && !Boolean.TRUE.equals(recordedByProduction);
        }
    }

    /** The music of the numbers in scope; a clearance does not change with the day. */
    record Loaded(Map<Long, Music> music) implements Check {

        @Override
        public List<NoGoReason> reasons(long danceNumberId, LocalDate day) {
            Music number = music.get(danceNumberId);
            if (number == null) {
                return List.of();
            }
            if (number.source() == null) {
                return List.of(NoGoReason.of(number.clearancesEntered() ? "readiness.music.source-unknown"
                        : "readiness.music.not-entered"));
            }
            if (!number.clearancesEntered()) {
                return List.of(NoGoReason.of("readiness.music.clearances-not-entered"));
            }
            List<NoGoReason> reasons = new ArrayList<>();
            if (!number.sync().allowsUse()) {
                reasons.add(NoGoReason.of("readiness.music.sync"));
            }
            if (number.needsMaster() && !number.master().allowsUse()) {
                reasons.add(NoGoReason.of("readiness.music.master"));
            }
            return reasons;
        }
    }
}
