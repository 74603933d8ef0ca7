package app.coulisse.cast;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Company;
import app.coulisse.season.Series;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * A character of the series. The cast ID is the number on strips and call sheets (1 = lead),
 * unique in the series.
 */
@Entity
@Table(name = "story_character")
public class StoryCharacter extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @NotNull(message = "{character.cast-id.required}")
    @Min(value = 1, message = "{character.cast-id.range}")
    @Max(value = 9999, message = "{character.cast-id.range}")
    @Column(name = "cast_id")
    private Integer castId;

    @NotBlank(message = "{character.name.required}")
    @Size(max = 120, message = "{character.name.too-long}")
    private String name;

    @Size(max = 120, message = "{character.performer.too-long}")
    private String performer;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private Company company;

    private boolean dancer;

    @Size(max = 300, message = "{character.aliases.too-long}")
    private String aliases;

    @NotNull(message = "{character.category.required}")
    @Enumerated(EnumType.STRING)
    private CharacterCategory category = CharacterCategory.SUPPORTING;

    protected StoryCharacter() {
    }

    public StoryCharacter(Series series, int castId, String name) {
        this.series = series;
        this.castId = castId;
        this.name = name;
    }

    public Series getSeries() {
        return series;
    }

    public Integer getCastId() {
        return castId;
    }

    public void setCastId(Integer castId) {
        this.castId = castId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPerformer() {
        return performer;
    }

    public void setPerformer(String performer) {
        this.performer = performer;
    }

    public Company getCompany() {
        return company;
    }

    public void setCompany(Company company) {
        this.company = company;
    }

    public boolean isDancer() {
        return dancer;
    }

    public void setDancer(boolean dancer) {
        this.dancer = dancer;
    }

    /** The other names the script may use for the character, comma separated as typed, or {@code null}. */
    public String getAliases() {
        return aliases;
    }

    /** Keeps the aliases as a tidy list: each trimmed, empty ones dropped, none at all as {@code null}. */
    public void setAliases(String aliases) {
        String tidy = String.join(", ", aliasList(aliases));
        this.aliases = tidy.isEmpty() ? null : tidy;
    }

    /** The aliases one by one. */
    public List<String> aliasList() {
        return aliasList(aliases);
    }

    private static List<String> aliasList(String aliases) {
        return aliases == null ? List.of() : Arrays.stream(aliases.split(",")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).toList();
    }

    public CharacterCategory getCategory() {
        return category;
    }

    public void setCategory(CharacterCategory category) {
        this.category = category;
    }

    /** As breakdown sheets list cast: "1. JACK MCMILLAN". */
    public String castLabel() {
        return CastLabel.of(castId, name);
    }
}
