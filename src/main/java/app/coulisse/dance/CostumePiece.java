package app.coulisse.dance;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A costume piece a number needs built (a tutu, a headpiece): how many, how many are built, and when they are due. */
@Entity
@Table(name = "costume_piece")
public class CostumePiece extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    @NotBlank(message = "{dance.costume.name.required}")
    @Size(max = 120, message = "{dance.text.too-long}")
    private String name;

    @Min(value = 1, message = "{dance.costume.quantity.too-small}")
    private int quantity = 1;

    @Min(value = 0, message = "{dance.count.negative}")
    private int built;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected CostumePiece() {
    }

    /** A piece of a number; {@code null} for the fresh bean a form types into. */
    public CostumePiece(DanceNumber danceNumber) {
        this.danceNumber = danceNumber;
    }

    /** No more pieces are built than the number needs. */
    @AssertTrue(message = "{dance.costume.built.too-many}")
    public boolean isBuiltWithinQuantity() {
        return built <= quantity;
    }

    /** Whether every piece needed is built. */
    public boolean isComplete() {
        return built >= quantity;
    }

    /** Whether this piece, not built yet, is due only after {@code day}, a day that needs it (the costume head's date). */
    public boolean isLateFor(LocalDate day) {
        return !isComplete() && dueAfter(dueDate, day);
    }

    /** The one rule of lateness: a due date after the day that needs the piece; none when either is unknown. */
    static boolean dueAfter(LocalDate due, LocalDate day) {
        return due != null && day != null && due.isAfter(day);
    }

    void copyFrom(CostumePiece typed) {
        name = typed.name == null ? null : typed.name.strip();
        quantity = typed.quantity;
        built = typed.built;
        dueDate = typed.dueDate;
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public int getBuilt() {
        return built;
    }

    public void setBuilt(int built) {
        this.built = built;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }
}
