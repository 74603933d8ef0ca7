package app.coulisse.callsheet;

/** One thing a revision changed: its kind, what it is about ("104/23A", "#3 MAYA") and the values before and after. */
public record Change(ChangeKind kind, String subject, String before, String after) {
}
