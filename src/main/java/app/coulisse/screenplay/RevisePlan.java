package app.coulisse.screenplay;

import app.coulisse.cast.CastLabel;
import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.SceneNumbering;
import app.coulisse.outline.TimeOfDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a revised file's scenes match an episode's, worked out before anything is written (record 027): by number
 * when the episode's numbers are locked and the file carries numbers, otherwise in order by heading (same set and
 * time of day); what each matched scene's heading, length, synopsis, text and speakers become; where new scenes go
 * and the numbers they get; which scenes become omitted. Plain Java, shared by the preview and the commit.
 */
final class RevisePlan {

    /** Less than this share of the episode's played scenes matching reads as a file for another episode. */
    static final int MOSTLY_UNMATCHED_QUARTERS = 1;

    /** A character tagged in an episode scene. */
    record Tagged(String label, boolean speaking, boolean fromFile) {
    }

    /** An episode scene as the plan sees it, in episode order; {@code synopsisFromScript}: see record 038. */
    record Existing(long id, String number, boolean omitted, IntExt intExt, String set, TimeOfDay timeOfDay,
                    int eighths, String synopsis, boolean synopsisFromScript, String fingerprint,
                    Map<Long, Tagged> tags) {

        /** The file's first action line may follow the file only over an empty or still-marked synopsis. */
        boolean synopsisFollows(ImportPlan.Scene file) {
            return !file.synopsisFromScript() || synopsis == null || synopsisFromScript;
        }

        String heading() {
            return intExt.heading() + "." + (set == null ? "" : " " + set) + " - " + timeOfDay.name();
        }
    }

    /** One scene of the file: matched to {@link #match} (null when new), its changes, its number once written. */
    record Planned(ImportPlan.Scene file, String fingerprint, Existing match, List<RevisionImport.FieldChange> changes,
                   String number, List<Long> speakersGone) {

        boolean isNew() {
            return match == null;
        }

        String heading() {
            return file.intExt().heading() + "." + (file.set() == null ? "" : " " + file.set()) + " - "
                    + file.timeOfDay().name();
        }
    }

    private final List<Planned> planned;
    private final List<Existing> omitted;
    private final List<RevisionImport.RemovedTag> removedTags;
    private final int played;
    private final int matched;

    private RevisePlan(List<Planned> planned, List<Existing> omitted, List<RevisionImport.RemovedTag> removedTags,
                       int played, int matched) {
        this.planned = planned;
        this.omitted = omitted;
        this.removedTags = removedTags;
        this.played = played;
        this.matched = matched;
    }

    /** Plans the revision; refuses a file whose scene numbers repeat. */
    static RevisePlan of(List<Existing> episode, List<ImportPlan.Scene> file, boolean locked) {
        refuseDuplicateNumbers(file);
        Existing[] matches = locked && file.stream().anyMatch(scene -> scene.parsed().number() != null)
                ? byNumber(episode, file) : byHeading(episode, file);
        Set<Long> matchedIds = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        List<RevisionImport.RemovedTag> removed = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            ImportPlan.Scene scene = file.get(i);
            String fingerprint = ScriptFingerprint.of(scene.parsed());
            Existing match = matches[i];
            if (match == null) {
                planned.add(new Planned(scene, fingerprint, null, List.of(), null, List.of()));
                continue;
            }
            matchedIds.add(match.id());
            List<Long> gone = new ArrayList<>();
            List<RevisionImport.FieldChange> changes = changes(match, scene, fingerprint, gone);
            gone.stream().filter(id -> match.tags().get(id).fromFile())
                    .forEach(id -> removed.add(new RevisionImport.RemovedTag(match.number(), match.tags().get(id).label())));
            planned.add(new Planned(scene, fingerprint, match, changes, match.number(), gone));
        }
        List<Existing> omitted = episode.stream().filter(scene -> !scene.omitted() && !matchedIds.contains(scene.id()))
                .toList();
        int played = (int) episode.stream().filter(scene -> !scene.omitted()).count();
        int matched = (int) planned.stream().filter(scene -> !scene.isNew() && !scene.match().omitted()).count();
        return new RevisePlan(number(episode, planned, locked), omitted, removed, played, matched);
    }

    List<Planned> planned() {
        return planned;
    }

    /** The played episode scenes the file no longer has. */
    List<Existing> omitted() {
        return omitted;
    }

    /** True when almost nothing matches: fewer than a quarter of the episode's played scenes. */
    boolean mostlyUnmatched() {
        return played > 0 && matched * 4 < played * MOSTLY_UNMATCHED_QUARTERS;
    }

    RevisionImport summary(long episodeId, String fileName, String revision, String revisionHex, boolean dryRun,
                           List<ParseWarning> warnings) {
        List<RevisionImport.SceneLine> unchanged = new ArrayList<>();
        List<RevisionImport.ChangedScene> changed = new ArrayList<>();
        List<RevisionImport.SceneLine> added = new ArrayList<>();
        for (Planned scene : planned) {
            if (scene.isNew()) {
                added.add(new RevisionImport.SceneLine(scene.number(), scene.heading()));
            } else if (scene.changes().isEmpty()) {
                unchanged.add(new RevisionImport.SceneLine(scene.number(), scene.heading()));
            } else {
                changed.add(new RevisionImport.ChangedScene(scene.number(), scene.heading(), scene.changes()));
            }
        }
        return new RevisionImport(episodeId, fileName, revision, revisionHex, dryRun, matched, played,
                mostlyUnmatched(), unchanged, changed, added,
                omitted.stream().map(scene -> new RevisionImport.SceneLine(scene.number(), scene.heading())).toList(),
                removedTags, warnings);
    }

    private static void refuseDuplicateNumbers(List<ImportPlan.Scene> file) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (ImportPlan.Scene scene : file) {
            String number = scene.parsed().number();
            if (number != null && !seen.add(number.toUpperCase(Locale.ROOT))) {
                twice.add(number);
            }
        }
        if (!twice.isEmpty()) {
            throw new DomainException("screenplay.revise.duplicate-numbers", String.join(", ", twice));
        }
    }

    /** Locked: a file scene matches the episode scene with its number, omitted ones included (they come back). */
    private static Existing[] byNumber(List<Existing> episode, List<ImportPlan.Scene> file) {
        Map<String, Existing> byNumber = new HashMap<>();
        episode.forEach(scene -> byNumber.put(scene.number().toUpperCase(Locale.ROOT), scene));
        Existing[] matches = new Existing[file.size()];
        for (int i = 0; i < file.size(); i++) {
            String number = file.get(i).parsed().number();
            matches[i] = number == null ? null : byNumber.get(number.toUpperCase(Locale.ROOT));
        }
        return matches;
    }

    /**
     * Otherwise: the longest common subsequence of the played scenes and the file's scenes, two scenes being alike
     * when they have the same set (ignoring case) and time of day, so order is kept and a changed synopsis,
     * length or dialogue still matches.
     */
    private static Existing[] byHeading(List<Existing> episode, List<ImportPlan.Scene> file) {
        List<Existing> played = episode.stream().filter(scene -> !scene.omitted()).toList();
        int n = played.size();
        int m = file.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = alike(played.get(i), file.get(j)) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        Existing[] matches = new Existing[m];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (alike(played.get(i), file.get(j)) && longest[i][j] == longest[i + 1][j + 1] + 1) {
                matches[j++] = played.get(i++);
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return matches;
    }

    private static boolean alike(Existing scene, ImportPlan.Scene file) {
        return scene.timeOfDay() == file.timeOfDay() && sameSet(scene.set(), file.set());
    }

    private static boolean sameSet(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b.strip());
    }

    private static List<RevisionImport.FieldChange> changes(Existing scene, ImportPlan.Scene file, String fingerprint,
                                                           List<Long> speakersGone) {
        List<RevisionImport.FieldChange> changes = new ArrayList<>();
        if (scene.omitted()) {
            changes.add(new RevisionImport.FieldChange("omitted", "true", "false"));
        }
        if (scene.intExt() != file.intExt()) {
            changes.add(new RevisionImport.FieldChange("intExt", scene.intExt().heading(), file.intExt().heading()));
        }
        if (!sameSet(scene.set(), file.set())) {
            changes.add(new RevisionImport.FieldChange("set", scene.set(), file.set()));
        }
        if (scene.timeOfDay() != file.timeOfDay()) {
            changes.add(new RevisionImport.FieldChange("timeOfDay", scene.timeOfDay().name(), file.timeOfDay().name()));
        }
        if (scene.eighths() != file.parsed().eighths()) {
            changes.add(new RevisionImport.FieldChange("eighths", Eighths.format(scene.eighths()),
                    Eighths.format(file.parsed().eighths())));
        }
        if (file.synopsis() != null && scene.synopsisFollows(file)
                && !file.synopsis().strip().equals(Objects.requireNonNullElse(scene.synopsis(), ""))) {
            changes.add(new RevisionImport.FieldChange("synopsis", scene.synopsis(), file.synopsis().strip()));
        }
        if (scene.fingerprint() != null && !scene.fingerprint().equals(fingerprint)) {
            changes.add(new RevisionImport.FieldChange("text", null, null));
        }
        Set<Long> fileSpeakers = new HashSet<>();
        boolean newSpeaker = false;
        Set<String> after = new LinkedHashSet<>();
        for (ImportPlan.Casting casting : file.cast()) {
            if (!casting.speaking()) {
                continue;
            }
            Long id = casting.character().existingId();
            after.add(CastLabel.of(casting.character().castId(), casting.character().castName()));
            if (id == null || scene.tags().get(id) == null || !scene.tags().get(id).speaking()) {
                newSpeaker = true;
            }
            if (id != null) {
                fileSpeakers.add(id);
            }
        }
        scene.tags().forEach((id, tag) -> {
            if (tag.speaking() && !fileSpeakers.contains(id)) {
                speakersGone.add(id);
            }
        });
        if (newSpeaker || !speakersGone.isEmpty()) {
            String before = scene.tags().values().stream().filter(Tagged::speaking).map(Tagged::label)
                    .collect(Collectors.joining(", "));
            changes.add(new RevisionImport.FieldChange("cast", before, String.join(", ", after)));
        }
        return List.copyOf(changes);
    }

    /**
     * The numbers of the new scenes: each goes right after the scene the file puts before it (at the top when none
     * is), numbered by the outline's rules — lettered between its neighbours when locked, in order when not.
     */
    private static List<Planned> number(List<Existing> episode, List<Planned> planned, boolean locked) {
        List<Object> order = new ArrayList<>(episode);
        Set<String> taken = new HashSet<>();
        episode.forEach(scene -> taken.add(scene.number()));
        List<Planned> numbered = new ArrayList<>(planned);
        Map<Integer, Integer> slotOfNew = new HashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned scene = planned.get(i);
            if (!scene.isNew()) {
                continue;
            }
            int slot = anchorSlot(order, numbered, i);
            order.add(slot, numbered.get(i));
            slotOfNew.replaceAll((index, at) -> at >= slot ? at + 1 : at);
            slotOfNew.put(i, slot);
            if (locked) {
                String number = SceneNumbering.insertAfter(slot == 0 ? null : numberOf(order.get(slot - 1)),
                        slot + 1 < order.size() ? numberOf(order.get(slot + 1)) : null, taken);
                taken.add(number);
                numbered.set(i, withNumber(scene, number));
                order.set(slot, numbered.get(i));
            }
        }
        if (!locked) {
            List<String> sequential = SceneNumbering.sequential(order.size());
            slotOfNew.forEach((index, slot) -> numbered.set(index, withNumber(numbered.get(index), sequential.get(slot))));
        }
        return List.copyOf(numbered);
    }

    /** Where a new scene goes: after the slot of the file's previous scene, or before the next matched one. */
    private static int anchorSlot(List<Object> order, List<Planned> planned, int index) {
        if (index > 0) {
            Planned previous = planned.get(index - 1);
            return indexOf(order, previous.isNew() ? previous : previous.match()) + 1;
        }
        for (int next = index + 1; next < planned.size(); next++) {
            if (!planned.get(next).isNew()) {
                return indexOf(order, planned.get(next).match());
            }
        }
        return order.size();
    }

    private static int indexOf(List<Object> order, Object item) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) == item) {
                return i;
            }
        }
        throw new IllegalStateException("planned scene not in order");
    }

    private static String numberOf(Object slot) {
        return slot instanceof Existing existing ? existing.number() : ((Planned) slot).number();
    }

    private static Planned withNumber(Planned scene, String number) {
        return new Planned(scene.file(), scene.fingerprint(), null, List.of(), number, List.of());
    }
}
