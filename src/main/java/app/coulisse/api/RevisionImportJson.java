package app.coulisse.api;

import app.coulisse.highlight.HighlightService;
import app.coulisse.screenplay.ImportMode;
import app.coulisse.screenplay.ImportPreview;
import app.coulisse.screenplay.ParseWarning;
import app.coulisse.screenplay.RevisionImport;
import app.coulisse.screenplay.ScreenplayImportService;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code POST /api/episodes/{id}/screenplay} answers for {@code mode=revise} (what the revision would do with
 * {@code dryRun=true}, or did) and for a dry run of the other modes (the preview). Record 027.
 */
final class RevisionImportJson {

    private RevisionImportJson() {
    }

    /** The preview of an append or replace, as JSON. */
    record PreviewJson(boolean dryRun, ImportMode mode, ImportPreview preview, List<WarningJson> warnings) {
    }

    /**
     * A revise import, dry or not, with its warnings translated; in a dry run, {@code wouldFlag}: the anchored tags
     * whose words the file cuts, which the commit flags "check" (record 050).
     */
    record ReviseJson(ImportMode mode, RevisionImport revision, List<WarningJson> warnings,
                      List<ScriptApiController.AnchoredTagJson> wouldFlag) {
    }

    static Object answer(ScreenplayImportService importService, long episodeId, String fileName, byte[] content,
                         ImportMode mode, boolean dryRun, boolean confirm, Set<String> nonSpeaking,
                         Function<List<ParseWarning>, List<WarningJson>> translate, HighlightService highlights) {
        if (mode != ImportMode.REVISE) {
            ImportPreview preview = importService.preview(episodeId, fileName, content);
            return new PreviewJson(true, mode, preview, translate.apply(preview.warnings()));
        }
        RevisionImport revision = dryRun ? importService.previewRevision(episodeId, fileName, content)
                : importService.revise(episodeId, fileName, content, confirm);
        return new ReviseJson(mode, revision, translate.apply(revision.warnings()),
                highlights.wouldFlag(episodeId, revision.texts()).stream().map(ScriptApiController.AnchoredTagJson::of)
                        .toList());
    }
}
