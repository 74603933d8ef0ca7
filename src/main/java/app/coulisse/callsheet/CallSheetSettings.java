package app.coulisse.callsheet;

import app.coulisse.core.AuditedEntity;
import app.coulisse.season.Series;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The series' offsets, in minutes before the shooting call, at which the crew and cast calls are proposed. */
@Entity
@Table(name = "call_sheet_settings")
class CallSheetSettings extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "series_id")
    private Series series;

    @Column(name = "crew_call_minutes")
    private int crewCallMinutes = 60;

    @Column(name = "pick_up_minutes")
    private int pickUpMinutes = 120;

    @Column(name = "make_up_minutes")
    private int makeUpMinutes = 90;

    @Column(name = "wardrobe_minutes")
    private int wardrobeMinutes = 45;

    @Column(name = "on_set_minutes")
    private int onSetMinutes = 15;

    protected CallSheetSettings() {
    }

    CallSheetSettings(Series series) {
        this.series = series;
    }

    CallOffsets offsets() {
        return new CallOffsets(crewCallMinutes, pickUpMinutes, makeUpMinutes, wardrobeMinutes, onSetMinutes);
    }

    void setOffsets(CallOffsets offsets) {
        this.crewCallMinutes = offsets.crewCall();
        this.pickUpMinutes = offsets.pickUp();
        this.makeUpMinutes = offsets.makeUp();
        this.wardrobeMinutes = offsets.wardrobe();
        this.onSetMinutes = offsets.onSet();
    }
}
