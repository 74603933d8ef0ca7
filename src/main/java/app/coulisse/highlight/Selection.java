package app.coulisse.highlight;

/**
 * Words selected in the reader, as the browser reports them: the scene and script element each end of the
 * selection lies in, and the character offsets there. Checked on the server before anything is tagged.
 */
public record Selection(long startSceneId, long startElementId, int startOffset, long endSceneId, long endElementId,
                        int endOffset) {
}
