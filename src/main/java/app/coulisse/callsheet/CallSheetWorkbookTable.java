package app.coulisse.callsheet;

import app.coulisse.core.Messages;
import app.coulisse.schedule.ProductionWorkbookTable;
import app.coulisse.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The production workbook's "Call sheets" sheet: a line per performer called on each shoot day, with the day's
 * version, crew and shooting calls and the performer's four times, as published (the draft before the first
 * publish). For those who plan the shoot only, like the call sheets themselves.
 */
@Component
class CallSheetWorkbookTable implements ProductionWorkbookTable {

    private static final int[] WIDTHS = {6, 12, 16, 14, 8, 8, 6, 22, 22, 7, 8, 8, 8, 8};
    private static final List<String> COLUMNS = List.of("callsheet.xlsx.day", "callsheet.xlsx.date",
            "callsheet.xlsx.unit", "callsheet.xlsx.version", "callsheet.crew-call", "callsheet.shooting-call",
            "callsheet.cast.id", "callsheet.cast.character", "callsheet.cast.performer", "callsheet.cast.status",
            "callsheet.cast.pick-up", "callsheet.cast.make-up", "callsheet.cast.wardrobe", "callsheet.cast.on-set");

    private final CallSheetService callSheets;
    private final CurrentUser currentUser;

    CallSheetWorkbookTable(CallSheetService callSheets, CurrentUser currentUser) {
        this.callSheets = callSheets;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Table> of(int seasonNumber, Locale locale) {
        if (!currentUser.canPlan()) {
            return Optional.empty();
        }
        Messages messages = Messages.bundled();
        List<List<String>> rows = new ArrayList<>();
        for (CallSheetState state : callSheets.seasonCallSheets(seasonNumber)) {
            CallSheetContent content = state.published() == null ? state.draft() : state.published().content();
            String version = state.published() == null ? messages.get("callsheet.xlsx.draft", locale)
                    : messages.get(state.outOfDate() ? "callsheet.xlsx.out-of-date" : "callsheet.xlsx.published",
                    locale, state.published().version());
            List<String> day = List.of(String.valueOf(content.dayNumber()), content.date().toString(), content.unit(),
                    version, CallTimes.format(content.crewCall()), CallTimes.format(content.shootingCall()));
            if (content.cast().isEmpty()) {
                rows.add(day);
            }
            for (CallSheetContent.CastLine line : content.cast()) {
                rows.add(Stream.concat(day.stream(), Stream.of(String.valueOf(line.castId()), line.character(),
                        line.performer(), line.dood(), CallTimes.format(line.pickUp()),
                        CallTimes.format(line.makeUp()), CallTimes.format(line.wardrobe()),
                        CallTimes.format(line.onSet()))).toList());
            }
        }
        return Optional.of(new Table(messages.get("callsheet.xlsx.sheet", locale),
                COLUMNS.stream().map(key -> messages.get(key, locale)).toList(), WIDTHS, rows));
    }
}
