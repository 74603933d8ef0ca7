package app.coulisse.breakdown;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.HexColour;
import app.coulisse.core.Messages;
import app.coulisse.core.SeededName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A kind of breakdown element (Props, Wardrobe…) with the colour its tags and boxes are marked in. */
@Entity
@Table(name = "element_category")
public class ElementCategory extends AuditedEntity {

    @NotBlank(message = "{category.name.required}")
    @Size(max = 60, message = "{category.name.too-long}")
    private String name;

    @NotNull(message = "{colour.invalid}")
    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    private String colour;

    private int position;

    @Column(name = "seed_key")
    private String seedKey;

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
        this.seedKey = SeededName.keyAfterRename(seedKey, this.name, name);
        this.name = name;
    }

    /** The key of a seeded category ("props"), until someone renames it; null otherwise. */
    public String getSeedKey() {
        return seedKey;
    }

    /** The name to show in {@code locale}: a seeded category in that language, a renamed one as given. */
    public String displayName(Messages messages, Locale locale) {
        return SeededName.display("category.seeded", seedKey, name, messages, locale);
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
