package app.coulisse.breakdown;

import app.coulisse.outline.Scene;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An element tagged in a scene, with how many are needed and a note for the department. */
@Entity
@Table(name = "scene_element")
public class SceneElement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scene_id")
    private Scene scene;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "element_id")
    private BreakdownElement element;

    private int quantity = 1;

    private String note;

    protected SceneElement() {
    }

    public SceneElement(Scene scene, BreakdownElement element) {
        this.scene = scene;
        this.element = element;
    }

    public Long getId() {
        return id;
    }

    public Scene getScene() {
        return scene;
    }

    public BreakdownElement getElement() {
        return element;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
