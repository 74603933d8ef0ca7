package app.coulisse.api;

import app.coulisse.dance.ClearanceStatus;
import app.coulisse.dance.CueSheet;
import app.coulisse.dance.DanceDuration;
import app.coulisse.dance.MusicSource;
import java.util.List;

/**
 * An episode's music cue sheet as the API gives it: the numbers in the order first heard, with timing both as
 * {@code m:ss} and in seconds, usage as the cue-sheet code (VI, VV…), and the credit lines in English and French.
 */
record CueSheetJson(long episodeId, String episodeNumber, List<Cue> cues, String totalTiming, List<Credit> credits) {

    /** One number as heard; clearances are PENDING while nothing is recorded. */
    record Cue(long danceNumberId, String title, String work, String composer, String recording,
               boolean recordedByProduction, MusicSource musicSource, String usage, String timing,
               Integer timingSeconds, ClearanceStatus sync, ClearanceStatus master, List<String> scenes) {
    }

    /** A credit line a rights holder requires. */
    record Credit(String danceNumber, String licensor, String english, String french) {
    }

    static CueSheetJson of(String episodeNumber, CueSheet sheet) {
        int total = sheet.cues().stream().mapToInt(c -> c.timingSeconds() == null ? 0 : c.timingSeconds()).sum();
        return new CueSheetJson(sheet.episodeId(), episodeNumber, sheet.cues().stream().map(c -> new Cue(
                        c.danceNumberId(), c.title(), c.work(), c.composer(), c.recording(), c.recordedByProduction(),
                        c.source(), c.usage() == null ? null : c.usage().code(), DanceDuration.format(c.timingSeconds()),
                        c.timingSeconds(), pending(c.sync()), pending(c.master()), c.scenes())).toList(),
                DanceDuration.format(total == 0 ? null : total),
                sheet.credits().stream().map(c -> new Credit(c.title(), c.licensor(), c.english(), c.french())).toList());
    }

    private static ClearanceStatus pending(ClearanceStatus status) {
        return status == null ? ClearanceStatus.PENDING : status;
    }
}
