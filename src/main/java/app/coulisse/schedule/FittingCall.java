package app.coulisse.schedule;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Season;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;

/** A costume fitting of one performer: date, start, length and a note (FT in the Day Out of Days). */
@Entity
@Table(name = "fitting_call")
public class FittingCall extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "character_id")
    private StoryCharacter character;

    @Column(name = "day")
    private LocalDate date;

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "length_minutes")
    private int lengthMinutes;

    private String note;

    protected FittingCall() {
    }

    FittingCall(Season season, StoryCharacter character, LocalDate date, LocalTime start, int lengthMinutes, String note) {
        this.season = season;
        this.character = character;
        this.date = date;
        this.start = start;
        this.lengthMinutes = lengthMinutes;
        this.note = note;
    }

    public StoryCharacter getCharacter() {
        return character;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getStart() {
        return start;
    }

    public int getLengthMinutes() {
        return lengthMinutes;
    }

    public String getNote() {
        return note;
    }
}
