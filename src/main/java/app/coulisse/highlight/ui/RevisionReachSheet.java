package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.core.Messages;
import app.coulisse.highlight.RevisionReach;
import app.coulisse.highlight.RevisionReachService;
import app.coulisse.export.ChangesSheetSection;
import app.coulisse.export.model.RevisionChanges;
import app.coulisse.outline.OutlineService;
import app.coulisse.outline.Scene;
import app.coulisse.ui.LocalFormats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Under the changes of the {@code Changes} sheet: what the current revision touches, a section per kind. */
@Component
@Order(1)
class RevisionReachSheet implements ChangesSheetSection {

    private final RevisionReachService reachService;
    private final OutlineService outlineService;
    private final Messages messages = Messages.bundled();

    private final BreakdownService breakdownService;

    RevisionReachSheet(RevisionReachService reachService, OutlineService outlineService,
                       BreakdownService breakdownService) {
        this.reachService = reachService;
        this.outlineService = outlineService;
        this.breakdownService = breakdownService;
    }

    @Override
    public List<RevisionChanges.Section> sections(long episodeId, Locale locale) {
        RevisionReach reach = reachService.current(episodeId);
        List<RevisionChanges.Section> sections = new ArrayList<>();
        if (reach.isEmpty()) {
            return sections;
        }
        Map<Long, String> numbers = new HashMap<>();
        for (Scene scene : outlineService.scenes(episodeId)) {
            numbers.put(scene.getId(), scene.getNumber());
        }
        Map<Long, String> categories = RevisionReachPanel.categoryNames(breakdownService, locale);
        Function<RevisionReach.Touched, String> touched = item -> messages.get("highlight.reach.in-scenes", locale,
                RevisionReachPanel.label(item, categories, locale), String.join(", ", item.scenes()));
        add(sections, locale, "highlight.reach.dance-numbers", reach.danceNumbers(), touched);
        add(sections, locale, "highlight.reach.elements", reach.elements(), touched);
        add(sections, locale, "highlight.reach.characters", reach.characters(), touched);
        add(sections, locale, "highlight.reach.flagged", reach.flagged(), highlight -> messages.get(
                "highlight.reach.flagged-tag", locale, numbers.get(highlight.sceneId()), highlight.name(),
                highlight.words()));
        add(sections, locale, "highlight.reach.shoot-days", reach.shootDays(), day -> messages.get(
                "highlight.reach.shoot-day", locale, LocalFormats.date(day.date(), locale), day.unit(), day.number(),
                String.join(", ", day.scenes())));
        add(sections, locale, "highlight.reach.rehearsals", reach.rehearsals(), call -> messages.get(
                "highlight.reach.rehearsal", locale, LocalFormats.date(call.date(), locale),
                call.start() == null ? "" : call.start().toString(), call.danceNumber(),
                call.unit() == null ? "" : call.unit()));
        if (!sections.isEmpty()) {
            sections.addFirst(new RevisionChanges.Section(messages.get("highlight.reach.title", locale),
                    List.of(messages.labelled(messages.get("highlight.reach.scenes", locale),
                            String.join(", ", reach.scenes()), locale))));
        }
        return sections;
    }

    private <T> void add(List<RevisionChanges.Section> sections, Locale locale, String titleKey, List<T> items,
                         Function<T, String> line) {
        if (!items.isEmpty()) {
            sections.add(new RevisionChanges.Section(messages.get(titleKey, locale), items.stream().map(line).toList()));
        }
    }
}
