package app.coulisse.dance;

/** A dance number in a scene, flattened for boards, reports and exports. */
public record DanceLink(long sceneId, long episodeId, String episodeNumber, String sceneNumber, int scenePosition,
                        long danceNumberId, String title, String note) {
}
