package app.coulisse.highlight;

import app.coulisse.cast.CastLabel;

/**
 * A highlight as the reader, the API and the lists show it: the tag it belongs to and where its words are.
 *
 * @param id         the highlight (anchor) id
 * @param sceneId    the scene
 * @param range      the element and characters its words are at (where they were, when flagged)
 * @param words      the words as selected
 * @param needsCheck true when a revision cut its words and a person should check the tag
 * @param kind       what it tags
 * @param targetId   the character, dance number or element id
 * @param name       the character's cast label, the dance number's title or the element's name
 * @param categoryId the element's category, null for other kinds
 * @param colour     the element category's colour, null for other kinds
 * @param cutIn      the revision that cut its words, when flagged (null when not, or when it was a paste)
 */
public record Highlight(long id, long sceneId, TextRange range, String words, boolean needsCheck, TagKind kind,
                        long targetId, String name, Long categoryId, String colour, Long cutIn) {

    /** Read by the repository's projection: one of the three tags is set, the others are null. */
    Highlight(long id, long sceneId, long elementId, int start, int end, String words, boolean needsCheck,
              Long characterId, Integer castId, String characterName, Long danceNumberId, String title,
              Long elementId2, String elementName, Long categoryId, String colour, Long cutIn) {
        this(id, sceneId, new TextRange(elementId, start, end), words, needsCheck,
                characterId != null ? TagKind.CHARACTER : danceNumberId != null ? TagKind.DANCE_NUMBER : TagKind.ELEMENT,
                characterId != null ? characterId : danceNumberId != null ? danceNumberId : elementId2,
                characterId != null ? CastLabel.of(castId, characterName) : danceNumberId != null ? title : elementName,
                characterId != null || danceNumberId != null ? null : categoryId,
                characterId != null || danceNumberId != null ? null : colour, cutIn);
    }
}
