package app.coulisse.notes;

import app.coulisse.core.AuditedEntity;
import app.coulisse.outline.Scene;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One note or question in a scene's thread; who wrote it and when are the audit fields. */
@Entity
@Table(name = "scene_note")
public class SceneNote extends AuditedEntity {

    /** The longest note, as the column allows. */
    public static final int MAX_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    private boolean question;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    protected SceneNote() {
    }

    SceneNote(Scene scene, String body, boolean question) {
        this.scene = scene;
        this.body = body;
        this.question = question;
    }

    public Scene getScene() {
        return scene;
    }

    public boolean isQuestion() {
        return question;
    }

    public String getBody() {
        return body;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    /** Whether this is a question nobody has marked answered yet. */
    public boolean isOpenQuestion() {
        return question && answeredAt == null;
    }

    void answered(String by, Instant at) {
        this.answeredBy = by;
        this.answeredAt = at;
    }
}
