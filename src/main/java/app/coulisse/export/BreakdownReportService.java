package app.coulisse.export;

import app.coulisse.export.report.BreakdownReport;
import app.coulisse.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breakdown reports for the Reports screen, from the same read model and the same {@link BreakdownReport} the
 * workbooks are written from, in a bounded number of statements whatever the size of the episode or season.
 */
@Service
@Transactional(readOnly = true)
public class BreakdownReportService {

    private final BreakdownModelReader reader;

    BreakdownReportService(BreakdownModelReader reader) {
        this.reader = reader;
    }

    /** The reports of one episode: cast by scene, cast by dance number, elements by category (played scenes only). */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownReport episode(long episodeId) {
        return BreakdownReport.of(reader.episode(episodeId));
    }

    /** The reports of the current season: cast by episode among them. */
    @PreAuthorize(Roles.ANY_USER)
    public BreakdownReport season() {
        return BreakdownReport.of(reader.season());
    }
}
