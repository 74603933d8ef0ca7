package app.coulisse.revision;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Episode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A revision of an episode's script: its place in the series' order (0 is the original), the colour it took then
 * (kept, so editing the order later does not repaint past pages), its date and an optional label.
 */
@Entity
public class Revision extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    private int sequence;

    @Column(name = "colour_name")
    private String colourName;

    @Column(name = "colour_hex")
    private String colourHex;

    @Column(name = "revised_on")
    private LocalDate revisedOn;

    @Size(max = 120, message = "{revision.label.too-long}")
    private String label;

    protected Revision() {
    }

    Revision(Episode episode, int sequence, RevisionColour colour, LocalDate revisedOn, String label) {
        this.episode = episode;
        this.sequence = sequence;
        this.colourName = colour.name();
        this.colourHex = colour.hex();
        this.revisedOn = revisedOn;
        this.label = label;
    }

    public Episode getEpisode() {
        return episode;
    }

    public int getSequence() {
        return sequence;
    }

    public RevisionColour colour() {
        return new RevisionColour(colourName, colourHex);
    }

    public LocalDate getRevisedOn() {
        return revisedOn;
    }

    public String getLabel() {
        return label;
    }
}
