package app.coulisse.highlight;

import app.coulisse.breakdown.SceneElement;
import app.coulisse.cast.Appearance;
import app.coulisse.dance.SceneDanceNumber;
import app.coulisse.outline.Scene;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A highlight: the words of a scene's script that a tag was made from (record 050). It belongs to exactly one tag;
 * the database removes it with the tag. A revision that cuts its words flags it for a person to check, never drops it.
 */
@Entity
@Table(name = "tag_anchor")
class TagAnchor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    /** The tags by id, not as associations: the database removes a highlight with its tag (record 050). */
    @Column(name = "appearance_id")
    private Long appearanceId;

    @Column(name = "scene_dance_number_id")
    private Long danceLinkId;

    @Column(name = "scene_element_id")
    private Long elementLinkId;

    @Column(name = "script_element_id")
    private long scriptElementId;

    @Column(name = "start_offset")
    private int start;

    @Column(name = "end_offset")
    private int end;

    private String words;

    @Column(name = "needs_check")
    private boolean needsCheck;

    @Column(name = "check_revision_id")
    private Long checkRevisionId;

    protected TagAnchor() {
    }

    private TagAnchor(Scene scene, TextRange range, String words) {
        this.scene = scene;
        moveTo(range, words);
    }

    static TagAnchor on(Appearance appearance, TextRange range, String words) {
        TagAnchor anchor = new TagAnchor(appearance.getScene(), range, words);
        anchor.appearanceId = appearance.getId();
        return anchor;
    }

    static TagAnchor on(SceneDanceNumber link, TextRange range, String words) {
        TagAnchor anchor = new TagAnchor(link.getScene(), range, words);
        anchor.danceLinkId = link.getId();
        return anchor;
    }

    static TagAnchor on(SceneElement link, TextRange range, String words) {
        TagAnchor anchor = new TagAnchor(link.getScene(), range, words);
        anchor.elementLinkId = link.getId();
        return anchor;
    }

    Long getId() {
        return id;
    }

    long sceneId() {
        return scene.getId();
    }

    TextRange range() {
        return new TextRange(scriptElementId, start, end);
    }

    boolean needsCheck() {
        return needsCheck;
    }

    String words() {
        return words;
    }

    /** Its words were found in the new text: the highlight follows them, and is no longer in doubt. */
    void moveTo(TextRange range, String words) {
        this.words = words;
        this.scriptElementId = range.elementId();
        this.start = range.start();
        this.end = range.end();
        this.needsCheck = false;
        this.checkRevisionId = null;
    }

    /** Its words are gone from the text: kept where it was, flagged, with the revision that cut them (or null). */
    void flag(Long revisionId) {
        this.needsCheck = true;
        this.checkRevisionId = revisionId;
    }
}
