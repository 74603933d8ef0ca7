package app.coulisse.breakdown;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A kind of breakdown element (Props, Wardrobe…) with the colour its tags and boxes are marked in. */
@Entity
@Table(name = "element_category")
public class ElementCategory extends AuditedEntity {

    @NotBlank(message = "{category.name.required}")
    @Size(max = 60, message = "{category.name.too-long}")
    private String name;

    @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "{colour.invalid}")
    private String colour;

    private int position;

    protected ElementCategory() {
    }

    public ElementCategory(String name, String colour, int position) {
        this.name = name;
        this.colour = colour;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
