package app.coulisse.breakdown;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Something a scene needs besides cast and dance numbers, e.g. a prop "Tulle veil"; unique by name in its category. */
@Entity
@Table(name = "breakdown_element")
public class BreakdownElement extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ElementCategory category;

    @NotBlank(message = "{element.name.required}")
    @Size(max = 150, message = "{element.name.too-long}")
    private String name;

    protected BreakdownElement() {
    }

    public BreakdownElement(ElementCategory category, String name) {
        this.category = category;
        this.name = name;
    }

    public ElementCategory getCategory() {
        return category;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
