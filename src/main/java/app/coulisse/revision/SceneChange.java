package app.coulisse.revision;

import app.coulisse.outline.ChangeKind;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * One entry of a scene's history: what kind of change ({@code outline.ChangeKind}), the
 * field, the value before and after, who and when; and the revision it counts in when it revised the scene.
 * Written once, never edited, so it has no version.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class SceneChange {

    static final int MAX_VALUE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    private String kind;

    private String field;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revision_id")
    private Revision revision;

    @CreatedDate
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(name = "created_by", updatable = false)
    private String createdBy;

    protected SceneChange() {
    }

    SceneChange(Scene scene, ChangeKind kind, SceneField field, String before, String after, Revision revision) {
        this.scene = scene;
        this.kind = kind.stored();
        this.field = SceneField.storedOrNull(field);
        this.before = clip(before);
        this.after = clip(after);
        this.revision = revision;
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Scene getScene() {
        return scene;
    }

    public ChangeKind getKind() {
        return ChangeKind.fromStored(kind);
    }

    public SceneField getField() {
        return SceneField.fromStored(field);
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public Revision getRevision() {
        return revision;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
