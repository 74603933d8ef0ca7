package app.coulisse.highlight;

/** What a highlight tags its words as: an existing or a new character, dance number or element. */
public sealed interface TagTarget {

    /** A character by id, or a new one named {@code newName} when the id is null. */
    record Character(Long characterId, String newName) implements TagTarget {
    }

    /** A dance number by id, or a new one titled {@code newTitle} when the id is null, with the scene's note. */
    record DanceNumber(Long danceNumberId, String newTitle, String note) implements TagTarget {
    }

    /**
     * An element by id, or a new one named {@code newName} in the category when the id is null, with how many the
     * scene needs and a note for the department.
     */
    record Element(Long elementId, long categoryId, String newName, int quantity, String note) implements TagTarget {
    }

    /** The kind of tag this makes. */
    default TagKind kind() {
        return switch (this) {
            case Character c -> TagKind.CHARACTER;
            case DanceNumber d -> TagKind.DANCE_NUMBER;
            case Element e -> TagKind.ELEMENT;
        };
    }
}
