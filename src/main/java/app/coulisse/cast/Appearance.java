package app.coulisse.cast;

import app.coulisse.outline.Scene;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A character tagged in a scene: speaking or not, dancing or not, seen or only heard (V.O.). */
@Entity
public class Appearance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "character_id")
    private StoryCharacter character;

    private boolean speaking;

    private boolean dancing;

    @Column(name = "on_screen")
    private boolean onScreen = true;

    /** Tagged by a screenplay import and never by hand: a revised file that drops the cue drops the tag (record 027). */
    @Column(name = "from_file")
    private boolean fromFile;

    protected Appearance() {
    }

    public Appearance(Scene scene, StoryCharacter character, boolean speaking, boolean dancing) {
        this.scene = scene;
        this.character = character;
        this.speaking = speaking;
        this.dancing = dancing;
    }

    public Long getId() {
        return id;
    }

    public Scene getScene() {
        return scene;
    }

    public StoryCharacter getCharacter() {
        return character;
    }

    public void setCharacter(StoryCharacter character) {
        this.character = character;
    }

    public boolean isSpeaking() {
        return speaking;
    }

    public void setSpeaking(boolean speaking) {
        this.speaking = speaking;
    }

    public boolean isDancing() {
        return dancing;
    }

    public void setDancing(boolean dancing) {
        this.dancing = dancing;
    }

    public boolean isOnScreen() {
        return onScreen;
    }

    public void setOnScreen(boolean onScreen) {
        this.onScreen = onScreen;
    }

    public boolean isFromFile() {
        return fromFile;
    }

    public void setFromFile(boolean fromFile) {
        this.fromFile = fromFile;
    }
}
