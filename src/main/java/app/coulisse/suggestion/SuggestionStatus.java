package app.coulisse.suggestion;

/** Where a suggestion stands: waiting for a person, or decided (and then never suggested again for its scene). */
public enum SuggestionStatus {
    PENDING, ACCEPTED, REJECTED
}
