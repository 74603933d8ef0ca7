package app.coulisse.season;

import app.coulisse.core.AuditedEntity;
import app.coulisse.core.HexColour;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The show. One installation serves one series; it owns the seasons, the shared catalogs, the crew's
 * languages and the strip palette, a setting because sources disagree on the night colours.
 */
@Entity
public class Series extends AuditedEntity {

    @NotBlank(message = "{series.title.required}")
    @Size(max = 120, message = "{series.title.too-long}")
    private String title;

    @Size(max = 200, message = "{series.production.too-long}")
    private String production;

    /** The crew's languages, e.g. "en,fr". */
    @NotBlank(message = "{series.languages.required}")
    @Pattern(regexp = "(en|fr)(,(en|fr))?", message = "{series.languages.invalid}")
    private String languages = "en,fr";

    /** The language the workbooks are written in when a download does not ask for one. */
    @Pattern(regexp = "en|fr", message = "{series.languages.invalid}")
    @Column(name = "workbook_language")
    private String workbookLanguage = "en";

    /** The workbooks' paper; null until the showrunner picks one, then the first language decides. */
    @Enumerated(EnumType.STRING)
    @Column(name = "paper_size")
    private PaperSize paperSize;

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    @Column(name = "strip_int_day")
    private String stripIntDay = "#FFFFFF";

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    @Column(name = "strip_ext_day")
    private String stripExtDay = "#FFF59D";

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    @Column(name = "strip_int_night")
    private String stripIntNight = "#90CAF9";

    @Pattern(regexp = HexColour.PATTERN, message = "{colour.invalid}")
    @Column(name = "strip_ext_night")
    private String stripExtNight = "#A5D6A7";

    /** The revision colour order as "White #FFFFFF, Blue #C6EDFE, …"; null for the US default (revision.RevisionOrder). */
    @Size(max = 1000, message = "{revision.order.too-long}")
    @Column(name = "revision_order")
    private String revisionOrder;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProduction() {
        return production;
    }

    public void setProduction(String production) {
        this.production = production;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getWorkbookLanguage() {
        return workbookLanguage;
    }

    public void setWorkbookLanguage(String workbookLanguage) {
        this.workbookLanguage = workbookLanguage;
    }

    public String getStripIntDay() {
        return stripIntDay;
    }

    public void setStripIntDay(String stripIntDay) {
        this.stripIntDay = stripIntDay;
    }

    public String getStripExtDay() {
        return stripExtDay;
    }

    public void setStripExtDay(String stripExtDay) {
        this.stripExtDay = stripExtDay;
    }

    public String getStripIntNight() {
        return stripIntNight;
    }

    public void setStripIntNight(String stripIntNight) {
        this.stripIntNight = stripIntNight;
    }

    public String getStripExtNight() {
        return stripExtNight;
    }

    public void setStripExtNight(String stripExtNight) {
        this.stripExtNight = stripExtNight;
    }

    /** The paper chosen, or the default for the crew's first language (Letter for English, A4 for French). */
    public PaperSize getPaperSize() {
        return paperSize == null ? PaperSize.forLanguages(languages) : paperSize;
    }

    public void setPaperSize(PaperSize paperSize) {
        this.paperSize = paperSize;
    }

    public String getRevisionOrder() {
        return revisionOrder;
    }

    public void setRevisionOrder(String revisionOrder) {
        this.revisionOrder = revisionOrder;
    }
}
