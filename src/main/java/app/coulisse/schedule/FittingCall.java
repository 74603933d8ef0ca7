package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.season.Season;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** A costume fitting of one performer: unit, date, start, length and a note (FT in the Day Out of Days). */
@Entity
@Table(name = "fitting_call")
public class FittingCall extends TimedCall {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "character_id")
    private StoryCharacter character;

    /** The longest note kept. */
    public static final int NOTE_MAX = 200;

    @Size(max = NOTE_MAX, message = "{schedule.fitting.note-too-long}")
    private String note;

    protected FittingCall() {
    }

    FittingCall(Season season, StoryCharacter character, ShootUnit unit, LocalDate date, LocalTime start,
                int lengthMinutes, String note) {
        super(season);
        this.character = character;
        this.note = note;
        setTime(unit, date, start, lengthMinutes);
    }

    public StoryCharacter getCharacter() {
        return character;
    }

    public String getNote() {
        return note;
    }
}
