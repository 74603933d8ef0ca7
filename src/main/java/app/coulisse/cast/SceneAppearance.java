package app.coulisse.cast;

/** A character tagged in a scene, flattened for boards, reports and exports. */
public record SceneAppearance(long sceneId, long characterId, int castId, String name, boolean speaking,
                              boolean dancing) {

    /** As breakdown sheets list cast: "1. JACK MCMILLAN". */
    public String castLabel() {
        return CastLabel.of(castId, name);
    }
}
