package app.coulisse.export;

import app.coulisse.core.ExportPlaces;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.SeasonBreakdown;
import app.coulisse.security.Roles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The breakdown workbooks as the production office downloads them: read from the database in a
 * bounded number of statements in a short transaction, then written with POI straight to the caller's stream with no
 * connection held, a bounded number at once (record 056).
 */
@Service
public class BreakdownExportService {

    private final BreakdownModelReader reader;
    private final ExportPlaces exports;
    private final TransactionTemplate reading;

    BreakdownExportService(BreakdownModelReader reader, ExportPlaces exports, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.exports = exports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** Writes the episode breakdown workbook (one-liner, breakdown sheets, matrices) to the stream. */
    @PreAuthorize(Roles.ANY_USER)
    public void writeEpisodeWorkbook(long episodeId, Locale locale, OutputStream out) throws IOException {
        writeEpisodeWorkbook(episodeId, locale, false, out);
    }

    /** The same workbook; with {@code sides}, each character's scenes print on their own pages. */
    @PreAuthorize(Roles.ANY_USER)
    public void writeEpisodeWorkbook(long episodeId, Locale locale, boolean sides, OutputStream out) throws IOException {
        exports.call(() -> {
            EpisodeBreakdown breakdown = reading.execute(status -> reader.episodeWithCueSheet(episodeId, locale));
            new EpisodeWorkbook(ExportLabels.forLocale(locale), sides).write(breakdown, out);
            return null;
        });
    }

    /** Writes the episode's music cue sheet alone (numbers, timings, clearances, credit lines) to the stream. */
    @PreAuthorize(Roles.ANY_USER)
    public void writeCueSheet(long episodeId, Locale locale, OutputStream out) throws IOException {
        exports.call(() -> {
            EpisodeBreakdown breakdown = reading.execute(status -> reader.episodeWithCueSheet(episodeId, locale));
            new EpisodeWorkbook(ExportLabels.forLocale(locale)).writeCueSheet(breakdown, out);
            return null;
        });
    }

    /** The download name of an episode's cue sheet, e.g. "Étoile-101-cue-sheet.xlsx". */
    @PreAuthorize(Roles.ANY_USER)
    public String cueSheetFileName(long episodeId) {
        return reader.seriesTitle() + "-" + reader.episodeNumber(episodeId) + "-cue-sheet.xlsx";
    }

    /** Writes the current season's workbook (episodes, season one-liner, cast by episode, all sheets) to the stream. */
    @PreAuthorize(Roles.ANY_USER)
    public void writeSeasonWorkbook(Locale locale, OutputStream out) throws IOException {
        writeSeason(() -> reader.season(locale), locale, out);
    }

    /** Writes one season's workbook (its episodes only; the catalogs are series-wide) to the stream. */
    @PreAuthorize(Roles.ANY_USER)
    public void writeSeasonWorkbook(int seasonNumber, Locale locale, OutputStream out) throws IOException {
        writeSeason(() -> reader.season(seasonNumber, locale), locale, out);
    }

    private void writeSeason(Supplier<SeasonBreakdown> model, Locale locale, OutputStream out) throws IOException {
        exports.call(() -> {
            SeasonBreakdown season = reading.execute(status -> model.get());
            new SeasonWorkbook(ExportLabels.forLocale(locale)).write(season, out);
            return null;
        });
    }

    /** The download name of an episode workbook, e.g. "Étoile-101-breakdown.xlsx". */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String episodeFileName(long episodeId) {
        return reader.seriesTitle() + "-" + reader.episodeNumber(episodeId) + "-breakdown.xlsx";
    }

    /** The download name of the season workbook, e.g. "Étoile-season-breakdown.xlsx". */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String seasonFileName() {
        return reader.seriesTitle() + "-season-breakdown.xlsx";
    }

    /** The download name of one season's workbook, e.g. "Étoile-season-2-breakdown.xlsx" (404 for an unknown season). */
    @PreAuthorize(Roles.ANY_USER)
    @Transactional(readOnly = true)
    public String seasonFileName(int seasonNumber) {
        reader.requireSeason(seasonNumber);
        return reader.seriesTitle() + "-season-" + seasonNumber + "-breakdown.xlsx";
    }

    /** The MIME type of an .xlsx file. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * A Content-Disposition header that every client reads: a plain ASCII name
     * ("Etoile-101-breakdown.xlsx") and the real one in UTF-8 ({@code filename*}, RFC 6266).
     */
    public static String attachmentHeader(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
