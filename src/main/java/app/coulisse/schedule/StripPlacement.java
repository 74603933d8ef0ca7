package app.coulisse.schedule;

import app.coulisse.core.AuditedEntity;
import app.coulisse.outline.Scene;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A scene's strip placed in a shoot day at a position; a scene without one is in the boneyard. */
@Entity
@Table(name = "strip_placement")
class StripPlacement extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shoot_day_id")
    private ShootDay day;

    private int position;

    protected StripPlacement() {
    }

    StripPlacement(Scene scene, ShootDay day, int position) {
        this.scene = scene;
        this.day = day;
        this.position = position;
    }

    Scene getScene() {
        return scene;
    }

    ShootDay getDay() {
        return day;
    }

    void setDay(ShootDay day) {
        this.day = day;
    }

    int getPosition() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }
}
