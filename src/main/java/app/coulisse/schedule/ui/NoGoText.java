package app.coulisse.schedule.ui;

import app.coulisse.dance.NoGoReason;
import app.coulisse.schedule.SeasonReadiness;
import app.coulisse.ui.LocalFormats;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.stream.Collectors;

/** Go or no go and its reasons as the screens write them, in the user's language (record 054). */
final class NoGoText {

    private NoGoText() {
    }

    /** "✓ Go" or "✗ No go". */
    static String mark(boolean go) {
        return UI.getCurrent().getTranslation(go ? "production.readiness.go" : "production.readiness.no-go");
    }

    /** Each reason translated, one a line. */
    static String reasons(List<NoGoReason> reasons) {
        UI ui = UI.getCurrent();
        return reasons.stream().map(reason -> ui.getTranslation(reason.messageKey(),
                LocalFormats.arguments(reason.arguments().toArray(), ui.getLocale()))).collect(Collectors.joining("\n"));
    }

    /** The numbers of a day or strip that are no go, each with its reasons: what a hover says. */
    static String of(List<SeasonReadiness.NumberDay> noGo) {
        UI ui = UI.getCurrent();
        return noGo.stream().map(day -> ui.getTranslation("label.value", day.title(),
                        reasons(day.reasons()).replace("\n", "; ")))
                .collect(Collectors.joining("\n"));
    }
}
