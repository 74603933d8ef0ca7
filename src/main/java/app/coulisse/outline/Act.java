package app.coulisse.outline;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Episode;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section of an episode (Teaser, Act One … Tag): a column of the board. */
@Entity
public class Act extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    @NotBlank(message = "{act.name.required}")
    @Size(max = 60, message = "{act.name.too-long}")
    private String name;

    private int position;

    protected Act() {
    }

    public Act(Episode episode, String name, int position) {
        this.episode = episode;
        this.name = name;
        this.position = position;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
