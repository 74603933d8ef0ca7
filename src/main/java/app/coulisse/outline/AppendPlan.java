package app.coulisse.outline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where scenes appended from a file land in an episode and which numbers they get, worked out without a database:
 * {@link OutlineService#planAppend} previews it and {@link OutlineService#appendScenes} writes exactly it.
 * Each scene goes to the end of the act its section names (ignoring case); a section the episode lacks becomes a
 * new act placed to keep the file's order; scenes before the file's first section go to the first act; a file
 * without sections leaves its scenes in no act, after all the others. Numbers follow docs/decisions/001: 1…n in
 * order while unlocked; locked, existing numbers stay and a new scene keeps the file's number when it is valid and
 * free, else it gets the inserted number its neighbours give ({@link SceneNumbering#insertAfter}).
 */
public final class AppendPlan {

    /** A scene of the episode, in episode order: the index of its act in the episode's acts (-1: none), its number. */
    public record Existing(int act, String number) {
    }

    /** A scene to append: the file's section (null when none comes before it) and the file's number (or null). */
    public record Incoming(String section, String fileNumber) {
    }

    /** An act after the append: an existing one (its index in the episode's acts) or a new one ({@code existing} -1). */
    public record PlannedAct(String name, int existing) {

        public boolean isNew() {
            return existing < 0;
        }
    }

    private static final class Slot {
        private String number;

        private Slot(String number) {
            this.number = number;
        }
    }

    private final boolean locked;
    private final List<PlannedAct> acts;
    private final List<Integer> actOf;
    private final List<String> numbers;
    private final int renumbered;

    private AppendPlan(boolean locked, List<PlannedAct> acts, List<Integer> actOf, List<String> numbers, int renumbered) {
        this.locked = locked;
        this.acts = List.copyOf(acts);
        this.actOf = List.copyOf(actOf);
        this.numbers = List.copyOf(numbers);
        this.renumbered = renumbered;
    }

    /**
     * Plans the append.
     *
     * @param actNames the episode's acts in order
     * @param existing the episode's scenes in episode order
     * @param locked   whether the episode's numbers are locked
     * @param incoming the scenes to append, in file order
     */
    public static AppendPlan of(List<String> actNames, List<Existing> existing, boolean locked, List<Incoming> incoming) {
        List<PlannedAct> acts = new ArrayList<>();
        Map<String, PlannedAct> byKey = new HashMap<>();
        for (int i = 0; i < actNames.size(); i++) {
            PlannedAct act = new PlannedAct(actNames.get(i), i);
            acts.add(act);
            byKey.putIfAbsent(key(act.name()), act);
        }
        placeNewActs(acts, byKey, incoming);

        // The same order as the outline's: one column per act, then the scenes in no act.
        EpisodeOrder<Slot> order = EpisodeOrder.empty(acts.size());
        for (Existing scene : existing) {
            order.insert(scene.act() < 0 ? EpisodeOrder.NO_ACT : indexOfExisting(acts, scene.act()), Integer.MAX_VALUE,
                    new Slot(scene.number()));
        }
        Set<String> taken = new HashSet<>(existing.stream().map(Existing::number).toList());
        boolean anySection = incoming.stream().anyMatch(scene -> scene.section() != null);
        List<Integer> actOf = new ArrayList<>();
        List<Slot> added = new ArrayList<>();
        for (Incoming scene : incoming) {
            int act = scene.section() != null ? acts.indexOf(byKey.get(key(scene.section()))) : anySection ? 0 : -1;
            actOf.add(act);
            Slot slot = new Slot(null);
            added.add(slot);
            order.insert(act, Integer.MAX_VALUE, slot);
            if (locked) {
                slot.number = lockedNumber(order, act, taken, scene.fileNumber());
                taken.add(slot.number);
            }
        }
        int renumbered = 0;
        if (!locked) {
            List<Slot> inOrder = order.inOrder();
            // Appended slots have no number yet, so only the episode's own scenes count as renumbered.
            SceneNumbering.Renumbering renumbering = SceneNumbering.renumber(inOrder.stream().map(slot -> slot.number).toList());
            renumbered = renumbering.changed().size();
            for (int i = 0; i < inOrder.size(); i++) {
                inOrder.get(i).number = renumbering.numbers().get(i);
            }
        }
        return new AppendPlan(locked, acts, actOf, added.stream().map(slot -> slot.number).toList(), renumbered);
    }

    /** The episode's acts after the append, in order. */
    public List<PlannedAct> acts() {
        return acts;
    }

    /** For each appended scene, the index of its act in {@link #acts()}, or -1 for none. */
    public List<Integer> actOf() {
        return actOf;
    }

    /** For each appended scene, the number it gets. */
    public List<String> numbers() {
        return numbers;
    }

    /** How many of the episode's scenes get a new number (only while unlocked: later scenes move down). */
    public int renumbered() {
        return renumbered;
    }

    public boolean locked() {
        return locked;
    }

    /**
     * New acts keep the file's order: right after the act of the file's previous section; the file's first section
     * right before the act of the next section the episode already has, or after all acts when there is none.
     */
    private static void placeNewActs(List<PlannedAct> acts, Map<String, PlannedAct> byKey, List<Incoming> incoming) {
        Set<String> sections = new LinkedHashSet<>();
        incoming.stream().map(Incoming::section).filter(Objects::nonNull).map(String::strip).forEach(sections::add);
        List<String> ordered = distinctByKey(sections);
        PlannedAct previous = null;
        for (int s = 0; s < ordered.size(); s++) {
            String section = ordered.get(s);
            PlannedAct act = byKey.get(key(section));
            if (act == null) {
                int at = acts.size();
                if (previous != null) {
                    at = acts.indexOf(previous) + 1;
                } else {
                    for (String later : ordered.subList(s + 1, ordered.size())) {
                        PlannedAct match = byKey.get(key(later));
                        if (match != null) {
                            at = acts.indexOf(match);
                            break;
                        }
                    }
                }
                act = new PlannedAct(section, -1);
                acts.add(at, act);
                byKey.put(key(section), act);
            }
            previous = act;
        }
    }

    private static List<String> distinctByKey(Set<String> sections) {
        Set<String> seen = new HashSet<>();
        return sections.stream().filter(section -> seen.add(key(section))).toList();
    }

    private static int indexOfExisting(List<PlannedAct> acts, int existing) {
        for (int i = 0; i < acts.size(); i++) {
            if (acts.get(i).existing() == existing) {
                return i;
            }
        }
        throw new IllegalArgumentException("No act " + existing);
    }

    private static String lockedNumber(EpisodeOrder<Slot> order, int act, Set<String> taken, String fileNumber) {
        String wanted = fileNumber == null ? "" : fileNumber.strip();
        if (SceneNumbering.isValid(wanted) && !taken.contains(wanted)) {
            return wanted;
        }
        EpisodeOrder.Neighbours<Slot> neighbours = order.neighboursOfLast(act);
        return SceneNumbering.insertAfter(neighbours.before() == null ? null : neighbours.before().number,
                neighbours.after() == null ? null : neighbours.after().number, taken);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
