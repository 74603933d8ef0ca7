package app.coulisse.outline;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.Eighths;
import app.coulisse.core.Messages;
import app.coulisse.season.Episode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;

/** The unit of breakdown: one scene of an episode, with its heading, length and synopsis. */
@Entity
public class Scene extends AuditedEntity {

    /** The longest synopsis: a real one, a page of prose, fits with room to spare. */
    public static final int SYNOPSIS_MAX = 10_000;

    /** The longest notes. */
    public static final int NOTES_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "episode_id")
    private Episode episode;

    /** Board moves change act and position only; they must not make an open editor's save a conflict. */
    @OptimisticLock(excluded = true)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "act_id")
    private Act act;

    @OptimisticLock(excluded = true)
    private int position;

    @Size(max = SceneNumbering.MAX_LENGTH, message = "{scene.number.too-long}")
    @Pattern(regexp = "[A-Za-z]*[0-9]+[A-Za-z]*", message = "{scene.number.pattern}")
    private String number;

    @NotNull(message = "{scene.int-ext.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "int_ext")
    private IntExt intExt = IntExt.INT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id")
    private StorySet set;

    @NotNull(message = "{scene.time-of-day.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "time_of_day")
    private TimeOfDay timeOfDay = TimeOfDay.DAY;

    @Min(value = 1, message = "{scene.story-day.range}")
    @Max(value = 999, message = "{scene.story-day.range}")
    @Column(name = "story_day")
    private Integer storyDay;

    /** Length in eighths of a page; 1 3/8 is stored as 11. */
    @Min(value = 1, message = "{scene.length.too-short}")
    @Max(value = Eighths.MAX, message = "{scene.length.too-long}")
    private int eighths = 1;

    @Size(max = SYNOPSIS_MAX, message = "{scene.synopsis.too-long}")
    private String synopsis;

    /** The synopsis is the imported script's first action line, not the room's (record 038). */
    @Column(name = "synopsis_from_script")
    private boolean synopsisFromScript;

    @Size(max = NOTES_MAX, message = "{scene.notes.too-long}")
    private String notes;

    private boolean omitted;

    @Size(max = 150, message = "{scene.shooting-location.too-long}")
    @Column(name = "shooting_location")
    private String shootingLocation;

    @Enumerated(EnumType.STRING)
    @Column(name = "story_city")
    private StoryCity storyCity;

    @ManyToMany
    @JoinTable(name = "scene_storyline",
            joinColumns = @JoinColumn(name = "scene_id"),
            inverseJoinColumns = @JoinColumn(name = "storyline_id"))
    private Set<Storyline> storylines = new LinkedHashSet<>();

    protected Scene() {
    }

    public Scene(Episode episode) {
        this.episode = episode;
    }

    /** The heading as a script writes it: "INT. MBT - JACK'S OFFICE - DAY". */
    public String heading() {
        return heading(timeOfDay.name());
    }

    /** The heading with the time of day as the screen names it ("INT. MBT - STAGE - NUIT" in French). */
    public String heading(Messages messages, Locale locale) {
        return heading(messages.get("time-of-day." + timeOfDay.name(), locale));
    }

    private String heading(String time) {
        return heading(intExt, set == null ? null : set.getName(), time);
    }

    /**
     * The one way a heading is written, for a scene and for a scene not stored yet (a revise import's):
     * "INT. MBT - JACK'S OFFICE - DAY", "EXT. - NIGHT" without a set.
     */
    public static String heading(IntExt intExt, String set, String time) {
        return intExt.heading() + "." + (set == null ? "" : " " + set) + " - " + time;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Act getAct() {
        return act;
    }

    public void setAct(Act act) {
        this.act = act;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public IntExt getIntExt() {
        return intExt;
    }

    public void setIntExt(IntExt intExt) {
        this.intExt = intExt;
    }

    public StorySet getSet() {
        return set;
    }

    public void setSet(StorySet set) {
        this.set = set;
    }

    public TimeOfDay getTimeOfDay() {
        return timeOfDay;
    }

    public void setTimeOfDay(TimeOfDay timeOfDay) {
        this.timeOfDay = timeOfDay;
    }

    public Integer getStoryDay() {
        return storyDay;
    }

    public void setStoryDay(Integer storyDay) {
        this.storyDay = storyDay;
    }

    public int getEighths() {
        return eighths;
    }

    public void setEighths(int eighths) {
        this.eighths = eighths;
    }

    public String getSynopsis() {
        return synopsis;
    }

    public void setSynopsis(String synopsis) {
        this.synopsis = synopsis;
    }

    /** True while the synopsis is the imported script's first action line and nobody wrote over it. */
    public boolean isSynopsisFromScript() {
        return synopsisFromScript;
    }

    /** Marks what {@link #replaceSynopsis} is given as taken from the script (imports only). */
    public void setSynopsisFromScript(boolean synopsisFromScript) {
        this.synopsisFromScript = synopsisFromScript;
    }

    /**
     * Takes a new synopsis from an editor or a file: a script's first line ({@code fromScript}) replaces only an
     * empty or still-marked synopsis, never the room's; any other change clears the mark; an unchanged text keeps it.
     */
    public void replaceSynopsis(String text, boolean fromScript) {
        if (Objects.equals(synopsis, text)) {
            synopsisFromScript = text != null && synopsisFromScript;
            return;
        }
        if (fromScript && synopsis != null && !synopsisFromScript) {
            return;
        }
        synopsis = text;
        synopsisFromScript = fromScript && text != null;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isOmitted() {
        return omitted;
    }

    public void setOmitted(boolean omitted) {
        this.omitted = omitted;
    }

    public String getShootingLocation() {
        return shootingLocation;
    }

    public void setShootingLocation(String shootingLocation) {
        this.shootingLocation = shootingLocation;
    }

    public StoryCity getStoryCity() {
        return storyCity;
    }

    public void setStoryCity(StoryCity storyCity) {
        this.storyCity = storyCity;
    }

    public Set<Storyline> getStorylines() {
        return storylines;
    }

    public void setStorylines(Set<Storyline> storylines) {
        this.storylines = storylines;
    }
}
