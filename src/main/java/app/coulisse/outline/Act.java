package app.coulisse.outline;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Episode;
import app.coulisse.core.Messages;
import app.coulisse.core.SeededName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

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

    @Column(name = "seed_key")
    private String seedKey;

    protected Act() {
    }

    public Act(Episode episode, String name, int position) {
        this.episode = episode;
        this.name = name;
        this.position = position;
    }

    /** A default act ("Teaser", "Act One"…) that shows in the reader's language until renamed. */
    public Act(Episode episode, String name, int position, String seedKey) {
        this(episode, name, position);
        this.seedKey = seedKey;
    }

    public Episode getEpisode() {
        return episode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.seedKey = SeededName.keyAfterRename(seedKey, this.name, name);
        this.name = name;
    }

    /** The key of a default act, until someone renames it; null otherwise. */
    public String getSeedKey() {
        return seedKey;
    }

    /** The name to show in {@code locale}: a default act in that language, a renamed one as given. */
    public String displayName(Messages messages, Locale locale) {
        return SeededName.display("act.seeded", seedKey, name, messages, locale);
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
