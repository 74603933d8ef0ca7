package app.coulisse.highlight.ui;

import app.coulisse.breakdown.BreakdownService;
import app.coulisse.core.Messages;
import app.coulisse.highlight.Highlight;
import app.coulisse.highlight.RevisionReach;
import app.coulisse.ui.LocalFormats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What a revision touches, as a list of short sections: its scenes, the dance numbers, elements and characters in
 * them, the highlights it flagged, the shoot days and rehearsal calls holding them. Shown for the current revision
 * (the episode header) and for one about to be imported (the revise preview).
 */
public class RevisionReachPanel extends VerticalLayout {

    private final Map<Long, String> categoryNames;

    /**
     * The panel for a reach; {@code sceneNumbers} names the scene of each flagged highlight, {@code categoryNames}
     * each element's category in the reader's language ({@link #categoryNames}).
     */
    public RevisionReachPanel(RevisionReach reach, Map<Long, String> sceneNumbers, Map<Long, String> categoryNames) {
        this(reach, sceneNumbers, categoryNames, "highlight.reach.flagged");
    }

    /** The same, the flagged highlights under their own title (those a revision about to be imported would flag). */
    RevisionReachPanel(RevisionReach reach, Map<Long, String> sceneNumbers, Map<Long, String> categoryNames,
            String flaggedTitleKey) {
        this.categoryNames = categoryNames;
        setId("revision-reach");
        addClassName("revision-reach");
        setPadding(false);
        setSpacing(false);
        if (reach.isEmpty()) {
            add(new Paragraph(getTranslation("highlight.reach.nothing")));
            return;
        }
        section("scenes", "highlight.reach.scenes", List.of(String.join(", ", reach.scenes())), Function.identity());
        section("dance-numbers", "highlight.reach.dance-numbers", reach.danceNumbers(), this::touched);
        section("elements", "highlight.reach.elements", reach.elements(), this::touched);
        section("characters", "highlight.reach.characters", reach.characters(), this::touched);
        section("flagged", flaggedTitleKey, reach.flagged(), highlight -> flagged(highlight, sceneNumbers));
        section("shoot-days", "highlight.reach.shoot-days", reach.shootDays(), day ->
                getTranslation("highlight.reach.shoot-day", LocalFormats.date(day.date(), getLocale()), day.unit(),
                        day.number(), String.join(", ", day.scenes())));
        section("rehearsals", "highlight.reach.rehearsals", reach.rehearsals(), call ->
                getTranslation("highlight.reach.rehearsal", LocalFormats.date(call.date(), getLocale()),
                        call.start() == null ? "" : call.start().toString(), call.danceNumber(),
                        call.unit() == null ? "" : call.unit()));
    }

    private String touched(RevisionReach.Touched touched) {
        return getTranslation("highlight.reach.in-scenes", label(touched, categoryNames, getLocale()),
                String.join(", ", touched.scenes()));
    }

    /** A dance number's or character's name; an element's after its category's ("Props: Fan"). */
    static String label(RevisionReach.Touched touched, Map<Long, String> categoryNames, Locale locale) {
        return touched.categoryId() == null ? touched.name()
                : Messages.bundled().labelled(categoryNames.getOrDefault(touched.categoryId(), ""), touched.name(),
                        locale);
    }

    /** Each category's name in a language, seeded ones translated. */
    static Map<Long, String> categoryNames(BreakdownService breakdownService, Locale locale) {
        Map<Long, String> names = new HashMap<>();
        breakdownService.categories().forEach(category -> names.put(category.getId(),
                category.displayName(Messages.bundled(), locale)));
        return names;
    }

    private String flagged(Highlight highlight, Map<Long, String> sceneNumbers) {
        return getTranslation("highlight.reach.flagged-tag", sceneNumbers.getOrDefault(highlight.sceneId(), ""),
                highlight.name(), highlight.words());
    }

    private <T> void section(String id, String titleKey, List<T> items, Function<T, String> line) {
        if (items.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(line.apply(item))));
        Div section = new Div(new H4(getTranslation(titleKey)), list);
        section.setId("reach-" + id);
        add(section);
    }
}
