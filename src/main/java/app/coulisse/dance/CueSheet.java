package app.coulisse.dance;

import java.util.List;

/**
 * An episode's music cue sheet: every number performed in its scenes, in the order it is first heard, and the
 * credit lines its rights holders require, in English and French (issue 26, record 055).
 */
public record CueSheet(long episodeId, List<Cue> cues, List<Credit> credits) {

    public CueSheet {
        cues = List.copyOf(cues);
        credits = List.copyOf(credits);
    }

    /**
     * One number as heard in the episode; the clearances are null while nothing is recorded about them.
     *
     * @param scenes the scene numbers it is performed in, in running order
     */
    public record Cue(long danceNumberId, String title, String work, String composer, String recording,
                      boolean recordedByProduction, MusicSource source, CueUsage usage, Integer timingSeconds,
                      ClearanceStatus sync, ClearanceStatus master, List<String> scenes) {

        public Cue {
            scenes = List.copyOf(scenes);
        }
    }

    /** The credit a licensed choreography requires, as the licence words it. */
    public record Credit(String title, String licensor, String english, String french) {
    }
}
