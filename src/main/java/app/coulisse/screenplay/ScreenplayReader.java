package app.coulisse.screenplay;

/** The one entry point of the import: decodes an uploaded file and hands it to the parser of its format. */
public class ScreenplayReader {

    private final FountainParser fountainParser = new FountainParser();
    private final FdxParser fdxParser = new FdxParser();

    /**
     * Reads a Fountain or Final Draft file, choosing the parser by file name and content. A file over the scene or
     * character limit, or nested deeper than any screenplay (a stack overflow is the last guard), is unreadable.
     */
    public Screenplay read(String fileName, byte[] content) throws UnreadableScreenplayException {
        String text = ScreenplayText.decode(content);
        try {
            return switch (ScreenplayFormat.detect(fileName, text)) {
                case FOUNTAIN -> fountainParser.parse(text);
                case FDX -> fdxParser.parse(text);
            };
        } catch (ScreenplayBuilder.LimitExceeded e) {
            throw e.refusal();
        } catch (StackOverflowError e) {
            throw new UnreadableScreenplayException(UnreadableScreenplayException.Reason.TOO_DEEP);
        }
    }
}
