package app.coulisse.season;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One episode of a season, e.g. 101 "Pas de deux"; its number is unique within the series. */
@Entity
public class Episode extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "season_id")
    private Season season;

    @NotBlank(message = "{episode.number.required}")
    @Pattern(regexp = "[0-9]{1,4}[A-Za-z]?", message = "{episode.number.pattern}")
    private String number;

    @NotBlank(message = "{episode.title.required}")
    @Size(max = 200, message = "{episode.title.too-long}")
    private String title;

    @Size(max = 1000, message = "{episode.logline.too-long}")
    private String logline;

    @Size(max = 300, message = "{episode.writers.too-long}")
    private String writers;

    @NotNull(message = "{episode.status.required}")
    @Enumerated(EnumType.STRING)
    private EpisodeStatus status = EpisodeStatus.OUTLINE;

    @Min(value = 1, message = "{episode.target-pages.range}")
    @Max(value = 200, message = "{episode.target-pages.range}")
    @Column(name = "target_pages")
    private Integer targetPages;

    private int position;

    @Column(name = "numbers_locked")
    private boolean numbersLocked;

    protected Episode() {
    }

    public Episode(Series series, String number, String title) {
        this.series = series;
        this.number = number;
        this.title = title;
    }

    public Series getSeries() {
        return series;
    }

    /** The season the episode belongs to; for a form's draft, the season it will be created in. */
    public Season getSeason() {
        return season;
    }

    public void setSeason(Season season) {
        this.season = season;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLogline() {
        return logline;
    }

    public void setLogline(String logline) {
        this.logline = logline;
    }

    public String getWriters() {
        return writers;
    }

    public void setWriters(String writers) {
        this.writers = writers;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public void setStatus(EpisodeStatus status) {
        this.status = status;
    }

    public Integer getTargetPages() {
        return targetPages;
    }

    public void setTargetPages(Integer targetPages) {
        this.targetPages = targetPages;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isNumbersLocked() {
        return numbersLocked;
    }

    public void setNumbersLocked(boolean numbersLocked) {
        this.numbersLocked = numbersLocked;
    }
}
