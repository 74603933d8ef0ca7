package app.coulisse.suggestion;

/**
 * What a reviewer changed before accepting: another name (a catalog character or dance number by name, or the
 * element's name) and, for an element, another category. Nulls keep the suggestion's own.
 */
public record SuggestionEdit(String name, Long categoryId) {

    /** Accept as suggested. */
    public static final SuggestionEdit NONE = new SuggestionEdit(null, null);

    String nameOr(String suggested) {
        return name == null || name.isBlank() ? suggested : name.strip();
    }

    Long categoryOr(Long suggested) {
        return categoryId == null ? suggested : categoryId;
    }
}
