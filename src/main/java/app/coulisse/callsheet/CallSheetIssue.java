package app.coulisse.callsheet;

import app.coulisse.core.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One published version of a call sheet, kept as it was sent (its content as JSON): never changed afterwards. */
@Entity
@Table(name = "call_sheet_issue")
class CallSheetIssue extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "call_sheet_id")
    private CallSheet callSheet;

    private int number;

    private String content;

    protected CallSheetIssue() {
    }

    CallSheetIssue(CallSheet callSheet, int number, String content) {
        this.callSheet = callSheet;
        this.number = number;
        this.content = content;
    }

    CallSheet getCallSheet() {
        return callSheet;
    }

    int getNumber() {
        return number;
    }

    String getContent() {
        return content;
    }
}
