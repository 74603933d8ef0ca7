package app.coulisse.dance;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A number's choreography rights and music clearance (issue 26, record 055). No rights status means the choreography
 * is the production's own and needs no licence; the composer and the work stay on {@link DanceNumber}.
 */
@Entity
@Table(name = "dance_rights_music")
public class RightsAndMusic extends AuditedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dance_number_id")
    private DanceNumber danceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "rights_status")
    private RightsStatus rightsStatus;

    @Size(max = 200, message = "{dance.text.too-long}")
    private String licensor;

    @Size(max = 200, message = "{dance.text.too-long}")
    @Column(name = "production_version")
    private String productionVersion;

    @Size(max = 120, message = "{dance.text.too-long}")
    private String stager;

    @Size(max = 500, message = "{dance.text.too-long}")
    @Column(name = "rights_scope")
    private String scope;

    @Column(name = "term_start")
    private LocalDate termStart;

    @Column(name = "term_end")
    private LocalDate termEnd;

    @Size(max = 500, message = "{dance.text.too-long}")
    @Column(name = "fee_note")
    private String feeNote;

    @Size(max = 300, message = "{dance.text.too-long}")
    @Column(name = "credit_en")
    private String creditEnglish;

    @Size(max = 300, message = "{dance.text.too-long}")
    @Column(name = "credit_fr")
    private String creditFrench;

    @Size(max = 200, message = "{dance.text.too-long}")
    private String recording;

    @Column(name = "recorded_by_production")
    private boolean recordedByProduction;

    @NotNull(message = "{dance.music.clearance.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "sync_clearance")
    private ClearanceStatus syncClearance = ClearanceStatus.PENDING;

    @NotNull(message = "{dance.music.clearance.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "master_clearance")
    private ClearanceStatus masterClearance = ClearanceStatus.PENDING;

    @Enumerated(EnumType.STRING)
    @Column(name = "cue_usage")
    private CueUsage cueUsage;

    @Min(value = 1, message = "{dance.duration.too-short}")
    @Column(name = "timing_seconds")
    private Integer timingSeconds;

    protected RightsAndMusic() {
    }

    /** Nothing known yet about the number's rights and music. */
    public RightsAndMusic(DanceNumber danceNumber) {
        this.danceNumber = danceNumber;
    }

    /** A licence's term ends on or after its first day (either end may stay open). */
    @AssertTrue(message = "{dance.rights.term.order}")
    public boolean isTermInOrder() {
        return termStart == null || termEnd == null || !termEnd.isBefore(termStart);
    }

    /** An approved licence says how the rights holder must be credited, in English and in French. */
    @AssertTrue(message = "{dance.rights.credit.required}")
    public boolean isCreditedWhenApproved() {
        return rightsStatus != RightsStatus.APPROVED || !blank(creditEnglish) && !blank(creditFrench);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Takes every field a form typed into a fresh bean, trimming texts; the number and the version stay. */
    void copyFrom(RightsAndMusic typed) {
        rightsStatus = typed.rightsStatus;
        licensor = trimmed(typed.licensor);
        productionVersion = trimmed(typed.productionVersion);
        stager = trimmed(typed.stager);
        scope = trimmed(typed.scope);
        termStart = typed.termStart;
        termEnd = typed.termEnd;
        feeNote = trimmed(typed.feeNote);
        creditEnglish = trimmed(typed.creditEnglish);
        creditFrench = trimmed(typed.creditFrench);
        recording = trimmed(typed.recording);
        recordedByProduction = typed.recordedByProduction;
        syncClearance = typed.syncClearance;
        masterClearance = typed.masterClearance;
        cueUsage = typed.cueUsage;
        timingSeconds = typed.timingSeconds;
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.strip();
    }

    public DanceNumber getDanceNumber() {
        return danceNumber;
    }

    public RightsStatus getRightsStatus() {
        return rightsStatus;
    }

    public void setRightsStatus(RightsStatus rightsStatus) {
        this.rightsStatus = rightsStatus;
    }

    public String getLicensor() {
        return licensor;
    }

    public void setLicensor(String licensor) {
        this.licensor = licensor;
    }

    public String getProductionVersion() {
        return productionVersion;
    }

    public void setProductionVersion(String productionVersion) {
        this.productionVersion = productionVersion;
    }

    public String getStager() {
        return stager;
    }

    public void setStager(String stager) {
        this.stager = stager;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public void setTermEnd(LocalDate termEnd) {
        this.termEnd = termEnd;
    }

    public String getFeeNote() {
        return feeNote;
    }

    public void setFeeNote(String feeNote) {
        this.feeNote = feeNote;
    }

    public String getCreditEnglish() {
        return creditEnglish;
    }

    public void setCreditEnglish(String creditEnglish) {
        this.creditEnglish = creditEnglish;
    }

    public String getCreditFrench() {
        return creditFrench;
    }

    public void setCreditFrench(String creditFrench) {
        this.creditFrench = creditFrench;
    }

    public String getRecording() {
        return recording;
    }

    public void setRecording(String recording) {
        this.recording = recording;
    }

    public boolean isRecordedByProduction() {
        return recordedByProduction;
    }

    public void setRecordedByProduction(boolean recordedByProduction) {
        this.recordedByProduction = recordedByProduction;
    }

    public ClearanceStatus getSyncClearance() {
        return syncClearance;
    }

    public void setSyncClearance(ClearanceStatus syncClearance) {
        this.syncClearance = syncClearance;
    }

    public ClearanceStatus getMasterClearance() {
        return masterClearance;
    }

    public void setMasterClearance(ClearanceStatus masterClearance) {
        this.masterClearance = masterClearance;
    }

    public CueUsage getCueUsage() {
        return cueUsage;
    }

    public void setCueUsage(CueUsage cueUsage) {
        this.cueUsage = cueUsage;
    }

    public Integer getTimingSeconds() {
        return timingSeconds;
    }

    public void setTimingSeconds(Integer timingSeconds) {
        this.timingSeconds = timingSeconds;
    }
}
