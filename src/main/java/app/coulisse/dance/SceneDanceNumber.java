package app.coulisse.dance;

import app.coulisse.outline.Scene;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/** A dance number performed (whole or in part) in a scene; the note says which part. */
@Entity
@Table(name = "scene_dance_number")
public class SceneDanceNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    @Size(max = 200, message = "{dance.note.too-long}")
    private String note;

    protected SceneDanceNumber() {
    }

    public SceneDanceNumber(Scene scene, DanceNumber danceNumber, String note) {
        this.scene = scene;
        this.danceNumber = danceNumber;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public Scene getScene() {
        return scene;
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
