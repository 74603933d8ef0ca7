package app.coulisse.export;

import app.coulisse.export.model.RevisionChanges;
import java.util.List;
import java.util.Locale;

/**
 * Sections another feature adds under the changes of an episode's {@code Changes} sheet, such as what the current
 * revision touches (record 050), so the export does not depend on the features built on it.
 */
public interface ChangesSheetSection {

    /** The sections for the episode's current revision, in the workbook's language; none when there is nothing. */
    List<RevisionChanges.Section> sections(long episodeId, Locale locale);
}
