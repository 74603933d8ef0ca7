package app.coulisse.breakdown;

import app.coulisse.outline.Scene;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;

/**
 * An element tagged in a scene, with how many are needed, a note for the department and the characters who wear it
 * (by id; none: the scene's as a whole).
 */
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

    @Size(max = 200, message = "{element.note.too-long}")
    private String note;

    @ElementCollection
    @CollectionTable(name = "scene_element_wearer", joinColumns = @JoinColumn(name = "scene_element_id"))
    @Column(name = "character_id")
    private Set<Long> wearers = new HashSet<>();

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

    public Set<Long> getWearers() {
        return wearers;
    }
}
