package app.coulisse.dance;

import app.coulisse.cast.StoryCharacter;
import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Company;
import app.coulisse.season.Series;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** A staged piece: its music, choreographer, dancers and what it needs in rehearsal and wardrobe. */
@Entity
@Table(name = "dance_number")
public class DanceNumber extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @NotBlank(message = "{dance.title.required}")
    @Size(max = 150, message = "{dance.title.too-long}")
    private String title;

    @Size(max = 80, message = "{dance.text.too-long}")
    private String style;

    @Size(max = 120, message = "{dance.text.too-long}")
    private String choreographer;

    @Size(max = 120, message = "{dance.text.too-long}")
    private String composer;

    @Size(max = 200, message = "{dance.text.too-long}")
    private String piece;

    @Size(max = 40, message = "{dance.text.too-long}")
    @Column(name = "music_cue")
    private String musicCue;

    /** Null until someone chooses: a number created while tagging has no source yet, and none is printed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "music_source")
    private MusicSource musicSource;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    @Min(value = 1, message = "{dance.duration.too-short}")
    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    @Min(value = 0, message = "{dance.count.negative}")
    @Column(name = "ensemble_size")
    private int ensembleSize;

    @NotNull(message = "{dance.count.negative}")
    @DecimalMin(value = "0", message = "{dance.count.negative}")
    @Digits(integer = 3, fraction = 2, message = "{dance.rehearsal.digits}")
    @Column(name = "rehearsal_hours", precision = 5, scale = 2)
    private BigDecimal rehearsalHours = BigDecimal.ZERO;

    @Size(max = 2000, message = "{dance.text.too-long}")
    @Column(name = "costume_notes")
    private String costumeNotes;

    @Min(value = 0, message = "{dance.count.negative}")
    @Column(name = "shoes_per_dancer")
    private Integer shoesPerDancer;

    @Size(max = 1000, message = "{dance.text.too-long}")
    private String props;

    @ManyToMany
    @JoinTable(name = "dance_number_dancer",
            joinColumns = @JoinColumn(name = "dance_number_id"),
            inverseJoinColumns = @JoinColumn(name = "character_id"))
    private Set<StoryCharacter> principalDancers = new LinkedHashSet<>();

    protected DanceNumber() {
    }

    public DanceNumber(Series series, String title) {
        this.series = series;
        this.title = title;
    }

    public Series getSeries() {
        return series;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStyle() {
        return style;
    }

    public void setStyle(String style) {
        this.style = style;
    }

    public String getChoreographer() {
        return choreographer;
    }

    public void setChoreographer(String choreographer) {
        this.choreographer = choreographer;
    }

    public String getComposer() {
        return composer;
    }

    public void setComposer(String composer) {
        this.composer = composer;
    }

    public String getPiece() {
        return piece;
    }

    public void setPiece(String piece) {
        this.piece = piece;
    }

    public String getMusicCue() {
        return musicCue;
    }

    public void setMusicCue(String musicCue) {
        this.musicCue = musicCue;
    }

    public MusicSource getMusicSource() {
        return musicSource;
    }

    public void setMusicSource(MusicSource musicSource) {
        this.musicSource = musicSource;
    }

    public Company getCompany() {
        return company;
    }

    public void setCompany(Company company) {
        this.company = company;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    /** Everyone dancing a number: its principal dancers plus its ensemble. The one rule screens and sheets count by. */
    public static int totalDancers(int principals, int ensembleSize) {
        return principals + ensembleSize;
    }

    /** Everyone dancing this number. */
    public int totalDancers() {
        return totalDancers(principalDancers.size(), ensembleSize);
    }

    public int getEnsembleSize() {
        return ensembleSize;
    }

    public void setEnsembleSize(int ensembleSize) {
        this.ensembleSize = ensembleSize;
    }

    public BigDecimal getRehearsalHours() {
        return rehearsalHours;
    }

    public void setRehearsalHours(BigDecimal rehearsalHours) {
        this.rehearsalHours = rehearsalHours;
    }

    public String getCostumeNotes() {
        return costumeNotes;
    }

    public void setCostumeNotes(String costumeNotes) {
        this.costumeNotes = costumeNotes;
    }

    public Integer getShoesPerDancer() {
        return shoesPerDancer;
    }

    public void setShoesPerDancer(Integer shoesPerDancer) {
        this.shoesPerDancer = shoesPerDancer;
    }

    public String getProps() {
        return props;
    }

    public void setProps(String props) {
        this.props = props;
    }

    public Set<StoryCharacter> getPrincipalDancers() {
        return principalDancers;
    }
}
