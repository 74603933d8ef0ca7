package app.coulisse.cast;

/**
 * What a character is created with; a null cast ID means "the next free one". Aliases are the other names the script
 * may use, comma separated; null leaves a character's aliases as they are.
 */
public record NewCharacter(String name, Integer castId, String performer, Long companyId, boolean dancer,
                           CharacterCategory category, String aliases) {

    /** A character without aliases (a new one), or keeping the ones it has (an update). */
    public NewCharacter(String name, Integer castId, String performer, Long companyId, boolean dancer,
                        CharacterCategory category) {
        this(name, castId, performer, companyId, dancer, category, null);
    }
}
