package app.coulisse.screenplay;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The screenplay file formats Coulisse imports. */
public enum ScreenplayFormat {
    FOUNTAIN, FDX;

    private static final Set<String> FOUNTAIN_EXTENSIONS = Set.of("fountain", "spmd", "txt", "");
    private static final Pattern FINAL_DRAFT_ROOT = Pattern.compile("<FinalDraft[\\s>/]");

    /** Picks the format from the file name and the decoded text; XML content wins over a misleading name. */
    public static ScreenplayFormat detect(String fileName, String text) throws UnreadableScreenplayException {
        String extension = extension(fileName);
        if (extension.equals("fdx") || FINAL_DRAFT_ROOT.matcher(text).find()) {
            return FDX;
        }
        // Some other XML or HTML: never worth reading as a Fountain action block.
        if (!text.stripLeading().startsWith("<") && FOUNTAIN_EXTENSIONS.contains(extension)) {
            return FOUNTAIN;
        }
        throw new UnreadableScreenplayException(UnreadableScreenplayException.Reason.UNKNOWN_FORMAT);
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
