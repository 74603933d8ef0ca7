package app.coulisse.export.model;

/**
 * A character of the series; {@code castId} is unique per series and 1 is the lead.
 *
 * @param category PRINCIPAL, SUPPORTING or DAY_PLAYER as text, empty when not known
 */
public record CastMember(int castId, String name, String performer, String company, boolean dancer, String category) {

    /** A character whose category is not known. */
    public CastMember(int castId, String name, String performer, String company, boolean dancer) {
        this(castId, name, performer, company, dancer, "");
    }
}
