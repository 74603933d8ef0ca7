package app.coulisse.highlight;

import app.coulisse.breakdown.ElementLink;
import app.coulisse.cast.SceneAppearance;
import app.coulisse.dance.DanceLink;
import app.coulisse.schedule.ProductionPlan;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a revision touches (issue 24, record 050): the dance numbers, elements and characters of the scenes it
 * changes, the highlights it flagged, and the shoot days and rehearsal calls holding those scenes and numbers.
 *
 * @param scenes       the numbers of the scenes it changes, in running order
 * @param danceNumbers each dance number of those scenes, with the scenes
 * @param elements     each element of those scenes, with its category and the scenes
 * @param characters   each character of those scenes, with the scenes
 * @param flagged      the highlights whose words it cut
 * @param shootDays    the shoot days holding those scenes, by date
 * @param rehearsals   the rehearsal calls of those dance numbers, by date
 */
public record RevisionReach(List<String> scenes, List<Touched> danceNumbers, List<Touched> elements,
                            List<Touched> characters, List<Highlight> flagged, List<Day> shootDays,
                            List<Rehearsal> rehearsals) {

    /**
     * A dance number, element or character and the changed scenes it is in; an element's category is named by the
     * screen or sheet that shows it, in its reader's language.
     */
    public record Touched(String name, List<String> scenes, Long categoryId) {

        /** A dance number or a character: no category. */
        public Touched(String name, List<String> scenes) {
            this(name, scenes, null);
        }
    }

    /** A shoot day holding changed scenes. */
    public record Day(LocalDate date, String unit, int number, List<String> scenes) {
    }

    /** A rehearsal call of a touched dance number. */
    public record Rehearsal(LocalDate date, LocalTime start, String unit, String danceNumber) {
    }

    /** Whether the revision touches nothing at all. */
    public boolean isEmpty() {
        return scenes.isEmpty() && flagged.isEmpty();
    }

    /**
     * Reads the reach of a change to {@code changed} (scene ids) from the episode's tags, in running order
     * ({@code numbers}: every scene's number by id, in order), and from the season's plan when there is one.
     */
    static RevisionReach of(Set<Long> changed, Map<Long, String> numbers, List<SceneAppearance> cast,
                            List<DanceLink> danceNumbers, List<ElementLink> elements, List<Highlight> flagged,
                            ProductionPlan plan) {
        List<String> scenes = numbers.entrySet().stream().filter(entry -> changed.contains(entry.getKey()))
                .map(Map.Entry::getValue).toList();
        List<Touched> dances = touched(danceNumbers, changed, numbers, DanceLink::sceneId, DanceLink::title);
        Set<Long> danceIds = new HashSet<>();
        danceNumbers.stream().filter(link -> changed.contains(link.sceneId()))
                .forEach(link -> danceIds.add(link.danceNumberId()));
        List<Day> days = new ArrayList<>();
        List<Rehearsal> rehearsals = new ArrayList<>();
        if (plan != null) {
            for (ProductionPlan.BoardDay day : plan.days()) {
                List<String> held = day.strips().stream().filter(strip -> changed.contains(strip.sceneId()))
                        .map(ProductionPlan.Strip::sceneNumber).toList();
                if (!held.isEmpty()) {
                    days.add(new Day(day.date(), day.unitName(), day.number(), held));
                }
            }
            plan.calls().stream().filter(call -> danceIds.contains(call.numberId()))
                    .forEach(call -> rehearsals.add(new Rehearsal(call.date(), call.start(), call.unitName(),
                            call.numberTitle())));
            days.sort(Comparator.comparing(Day::date).thenComparing(Day::unit));
            rehearsals.sort(Comparator.comparing(Rehearsal::date).thenComparing(Rehearsal::start,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
        }
        return new RevisionReach(scenes, dances,
                touched(elements, changed, numbers, ElementLink::sceneId,
                        link -> link.categoryName() + ": " + link.elementName(), ElementLink::elementName,
                        ElementLink::categoryId),
                touched(cast, changed, numbers, SceneAppearance::sceneId, SceneAppearance::castLabel),
                List.copyOf(flagged), days, rehearsals);
    }

    /** Each name among the tags of changed scenes, with those scenes in running order, names sorted. */
    private static <T> List<Touched> touched(Collection<T> tags, Set<Long> changed, Map<Long, String> numbers,
                                             Function<T, Long> scene, Function<T, String> name) {
        return touched(tags, changed, numbers, scene, name, name, tag -> null);
    }

    /** The same, sorted and grouped by {@code key}, each named by {@code name} with its {@code category}. */
    private static <T> List<Touched> touched(Collection<T> tags, Set<Long> changed, Map<Long, String> numbers,
                                             Function<T, Long> scene, Function<T, String> key,
                                             Function<T, String> name, Function<T, Long> category) {
        Map<String, Set<Long>> byKey = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, T> first = new HashMap<>();
        for (T tag : tags) {
            if (changed.contains(scene.apply(tag))) {
                byKey.computeIfAbsent(key.apply(tag), k -> new HashSet<>()).add(scene.apply(tag));
                first.putIfAbsent(key.apply(tag), tag);
            }
        }
        List<Touched> touched = new ArrayList<>();
        byKey.forEach((label, ids) -> touched.add(new Touched(name.apply(first.get(label)), numbers.entrySet()
                .stream().filter(entry -> ids.contains(entry.getKey())).map(Map.Entry::getValue).toList(),
                category.apply(first.get(label)))));
        return touched;
    }
}
