package app.coulisse.dance;

/** Where a licence for restaged choreography stands; only an approved one lets the number be shot (record 055). */
public enum RightsStatus {
    REQUESTED, NEGOTIATING, APPROVED, REFUSED
}
