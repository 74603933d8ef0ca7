package app.coulisse.cast;

/** What a character is created with; a null cast ID means "the next free one". */
public record NewCharacter(String name, Integer castId, String performer, Long companyId, boolean dancer,
                           CharacterCategory category) {
}
