package app.coulisse.cast;

/** A row of the cast catalog: the character with how many scenes and episodes they appear in. */
public record CharacterSummary(long id, long version, int castId, String name, String performer, Long companyId,
                               String companyName, boolean dancer, CharacterCategory category, long scenes,
                               long episodes, String aliases) {

    /** As breakdown sheets list cast: "1. JACK MCMILLAN". */
    public String castLabel() {
        return CastLabel.of(castId, name);
    }
}
