package app.coulisse.screenplay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The fingerprint of the script text a scene was last imported with: how a revise import sees a dialogue change. */
@Entity
@Table(name = "scene_script")
class SceneScript {

    @Id
    @Column(name = "scene_id")
    private Long sceneId;

    private String fingerprint;

    protected SceneScript() {
    }

    SceneScript(long sceneId, String fingerprint) {
        this.sceneId = sceneId;
        this.fingerprint = fingerprint;
    }

    long sceneId() {
        return sceneId;
    }

    String fingerprint() {
        return fingerprint;
    }

    void fingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }
}
