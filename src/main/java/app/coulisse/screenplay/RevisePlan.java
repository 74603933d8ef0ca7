package app.coulisse.screenplay;

import app.coulisse.cast.CastLabel;
import app.coulisse.core.DomainException;
import app.coulisse.core.Eighths;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.Scene;
import app.coulisse.outline.SceneField;
import app.coulisse.outline.SceneNumbering;
import app.coulisse.outline.TimeOfDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a revised file's scenes match an episode's, worked out before anything is written (record 027): by number for
 * the scenes that carry one when the episode's numbers are locked, the others in order by heading (same set and time
 * of day), the rest by their text when only the heading changed (record 049); what each matched scene's heading,
 * length, synopsis, text and speakers become; where new scenes go and the number every scene has once written; which
 * scenes become omitted. Plain Java, shared by the preview and the commit.
 */
final class RevisePlan {

    /** Less than this share of the episode's played scenes matching reads as a file for another episode. */
    static final int MOSTLY_UNMATCHED_QUARTERS = 1;

    /** A character tagged in an episode scene. */
    record Tagged(String label, boolean speaking, boolean fromFile) {
    }

    /**
     * An episode scene as the plan sees it, in episode order; {@code synopsisFromScript}: see record 038; {@code text}
     * its stored body as one text (record 049), null when it has none.
     */
    record Existing(long id, String number, boolean omitted, IntExt intExt, String set, TimeOfDay timeOfDay,
                    int eighths, String synopsis, boolean synopsisFromScript, String fingerprint,
                    Map<Long, Tagged> tags, String text) {

        /** The file's first action line may follow the file only over an empty or still-marked synopsis. */
        boolean synopsisFollows(ImportPlan.Scene file) {
            return !file.synopsisFromScript() || synopsis == null || synopsisFromScript;
        }

        String heading() {
            return Scene.heading(intExt, set, timeOfDay.name());
        }
    }

    /**
     * One scene of the file: matched to {@link #match} (null when new) by {@link #matchedBy}, its changes, its number
     * once written.
     */
    record Planned(ImportPlan.Scene file, String fingerprint, Existing match, RevisionImport.MatchedBy matchedBy,
                   List<RevisionImport.FieldChange> changes, String number, List<Long> speakersGone) {

        boolean isNew() {
            return match == null;
        }

        Planned numbered(String written) {
            return new Planned(file, fingerprint, match, matchedBy, changes, written, speakersGone);
        }

        String heading() {
            return Scene.heading(file.intExt(), file.set(), file.timeOfDay().name());
        }
    }

    private final List<Planned> planned;
    private final List<Existing> omitted;
    private final Map<Long, String> numbers;
    private final List<RevisionImport.RemovedTag> removedTags;
    private final int played;
    private final int matched;

    private RevisePlan(List<Planned> planned, List<Existing> omitted, Map<Long, String> numbers,
                       List<RevisionImport.RemovedTag> removedTags, int played, int matched) {
        this.planned = planned;
        this.omitted = omitted;
        this.numbers = numbers;
        this.removedTags = removedTags;
        this.played = played;
        this.matched = matched;
    }

    /** Plans the revision; refuses a file whose scene numbers repeat. */
    static RevisePlan of(List<Existing> episode, List<ImportPlan.Scene> file, boolean locked) {
        refuseDuplicateNumbers(file);
        Existing[] matches = new Existing[file.size()];
        RevisionImport.MatchedBy[] matchedBy = new RevisionImport.MatchedBy[file.size()];
        if (locked) {
            byNumber(episode, file, matches, matchedBy);
        }
        byHeading(episode, file, locked, matches, matchedBy);
        byText(episode, file, locked, matches, matchedBy);
        List<Planned> planned = new ArrayList<>();
        Set<Long> matchedIds = new HashSet<>();
        for (int i = 0; i < file.size(); i++) {
            ImportPlan.Scene scene = file.get(i);
            String fingerprint = ScriptFingerprint.of(scene.parsed());
            Existing match = matches[i];
            if (match == null) {
                planned.add(new Planned(scene, fingerprint, null, null, List.of(), null, List.of()));
                continue;
            }
            matchedIds.add(match.id());
            List<Long> gone = new ArrayList<>();
            List<RevisionImport.FieldChange> changes = changes(match, scene, fingerprint, gone);
            planned.add(new Planned(scene, fingerprint, match, matchedBy[i], changes, null, gone));
        }
        List<Existing> omitted = episode.stream().filter(scene -> !scene.omitted() && !matchedIds.contains(scene.id()))
                .toList();
        int played = (int) episode.stream().filter(scene -> !scene.omitted()).count();
        int matched = (int) planned.stream().filter(scene -> !scene.isNew() && !scene.match().omitted()).count();
        Map<Long, String> numbers = new HashMap<>();
        List<Planned> numbered = number(episode, planned, locked, numbers);
        List<RevisionImport.RemovedTag> removed = new ArrayList<>();
        for (Planned scene : numbered) {
            removedSpeakers(scene).forEach(id -> removed.add(
                    new RevisionImport.RemovedTag(scene.number(), scene.match().tags().get(id).label())));
        }
        return new RevisePlan(numbered, omitted, numbers, removed, played, matched);
    }

    List<Planned> planned() {
        return planned;
    }

    /** The characters of a matched scene whose tag the file's cues alone made and that the revision removes. */
    static List<Long> removedSpeakers(Planned scene) {
        return scene.speakersGone().stream().filter(id -> scene.match().tags().get(id).fromFile()).toList();
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
                           List<ParseWarning> warnings, List<RevisedText> texts) {
        List<RevisionImport.SceneLine> unchanged = new ArrayList<>();
        List<RevisionImport.ChangedScene> changed = new ArrayList<>();
        List<RevisionImport.SceneLine> added = new ArrayList<>();
        for (Planned scene : planned) {
            if (scene.isNew()) {
                added.add(new RevisionImport.SceneLine(scene.number(), scene.heading(), null));
            } else if (scene.changes().isEmpty()) {
                unchanged.add(new RevisionImport.SceneLine(scene.number(), scene.heading(), scene.matchedBy()));
            } else {
                changed.add(new RevisionImport.ChangedScene(scene.number(), scene.heading(), scene.matchedBy(),
                        scene.changes()));
            }
        }
        return new RevisionImport(episodeId, fileName, revision, revisionHex, dryRun, matched, played,
                mostlyUnmatched(), unchanged, changed, added,
                omitted.stream().map(scene -> new RevisionImport.SceneLine(numbers.get(scene.id()), scene.heading(), null))
                        .toList(),
                removedTags, warnings, texts);
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

    /**
     * Locked: a file scene that carries a number matches the episode scene with that number, omitted ones included
     * (they come back); one with a number the episode lacks is new.
     */
    private static void byNumber(List<Existing> episode, List<ImportPlan.Scene> file, Existing[] matches,
                                 RevisionImport.MatchedBy[] matchedBy) {
        Map<String, Existing> byNumber = new HashMap<>();
        episode.forEach(scene -> byNumber.put(scene.number().toUpperCase(Locale.ROOT), scene));
        for (int i = 0; i < file.size(); i++) {
            String number = file.get(i).parsed().number();
            if (number != null) {
                matches[i] = byNumber.get(number.toUpperCase(Locale.ROOT));
                matchedBy[i] = matches[i] == null ? null : RevisionImport.MatchedBy.NUMBER;
            }
        }
    }

    /**
     * The file scenes without a number (all of them when numbers are not locked) match by order and heading: between
     * two scenes matched by number, the longest common subsequence of the file's unnumbered scenes and the episode's
     * played scenes not matched yet, two scenes being alike when they have the same set (ignoring case) and time of
     * day, so order is kept and a changed synopsis, length or dialogue still matches.
     */
    private static void byHeading(List<Existing> episode, List<ImportPlan.Scene> file, boolean locked,
                                  Existing[] matches, RevisionImport.MatchedBy[] matchedBy) {
        Set<Long> taken = new HashSet<>();
        for (Existing match : matches) {
            if (match != null) {
                taken.add(match.id());
            }
        }
        Map<Long, Integer> place = new HashMap<>();
        for (int i = 0; i < episode.size(); i++) {
            place.put(episode.get(i).id(), i);
        }
        int from = 0;
        int episodeFrom = 0;
        for (int i = 0; i <= file.size(); i++) {
            boolean anchor = i == file.size() || matchedBy[i] == RevisionImport.MatchedBy.NUMBER;
            if (!anchor) {
                continue;
            }
            int at = i == file.size() ? episode.size() : place.get(matches[i].id());
            int episodeTo = Math.max(episodeFrom, at);
            List<Integer> stretch = new ArrayList<>();
            for (int j = from; j < i; j++) {
                if (!locked || file.get(j).parsed().number() == null) {
                    stretch.add(j);
                }
            }
            List<Existing> candidates = episode.subList(episodeFrom, episodeTo).stream()
                    .filter(scene -> !scene.omitted() && !taken.contains(scene.id())).toList();
            longestCommon(candidates, stretch, file, matches, matchedBy);
            from = i + 1;
            episodeFrom = Math.max(episodeFrom, at + 1);
        }
    }

    /**
     * A file scene still unmatched whose body is mostly the same as a played episode scene's still unmatched
     * ({@link TextSimilarity}) is that scene with a changed heading, not a cut plus a new scene: the most alike pairs
     * first, each pair kept only when it keeps the order of the scenes matched so far. A numbered file scene of a
     * locked episode is left out: its number said it is new.
     */
    private static void byText(List<Existing> episode, List<ImportPlan.Scene> file, boolean locked,
                               Existing[] matches, RevisionImport.MatchedBy[] matchedBy) {
        Map<Long, Integer> place = new HashMap<>();
        for (int i = 0; i < episode.size(); i++) {
            place.put(episode.get(i).id(), i);
        }
        Set<Long> taken = new HashSet<>();
        for (Existing match : matches) {
            if (match != null) {
                taken.add(match.id());
            }
        }
        List<Integer> played = new ArrayList<>();
        for (int e = 0; e < episode.size(); e++) {
            Existing scene = episode.get(e);
            if (!scene.omitted() && scene.text() != null && !taken.contains(scene.id())) {
                played.add(e);
            }
        }
        if (played.isEmpty()) {
            return;
        }
        Map<Integer, TextSimilarity> episodeWords = new HashMap<>();
        played.forEach(e -> episodeWords.put(e, TextSimilarity.of(episode.get(e).text())));
        record Pair(int fileIndex, int episodeIndex, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            if (matches[i] != null || locked && file.get(i).parsed().number() != null) {
                continue;
            }
            TextSimilarity words = TextSimilarity.of(bodyOf(file.get(i).parsed()));
            for (int e : played) {
                double score = words.scoreIfMostlyTheSame(episodeWords.get(e));
                if (score > 0) {
                    pairs.add(new Pair(i, e, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        for (Pair pair : pairs) {
            Existing scene = episode.get(pair.episodeIndex());
            if (matches[pair.fileIndex()] != null || taken.contains(scene.id())
                    || !keepsOrder(matches, place, pair.fileIndex(), pair.episodeIndex())) {
                continue;
            }
            matches[pair.fileIndex()] = scene;
            matchedBy[pair.fileIndex()] = RevisionImport.MatchedBy.TEXT;
            taken.add(scene.id());
        }
    }

    /** True when matching file scene {@code at} to episode scene {@code to} crosses no match made so far. */
    private static boolean keepsOrder(Existing[] matches, Map<Long, Integer> place, int at, int to) {
        for (int i = 0; i < matches.length; i++) {
            if (matches[i] != null && i != at && (i < at) != (place.get(matches[i].id()) < to)) {
                return false;
            }
        }
        return true;
    }

    private static void longestCommon(List<Existing> played, List<Integer> stretch, List<ImportPlan.Scene> file,
                                      Existing[] matches, RevisionImport.MatchedBy[] matchedBy) {
        int n = played.size();
        int m = stretch.size();
        int[][] longest = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                longest[i][j] = alike(played.get(i), file.get(stretch.get(j))) ? longest[i + 1][j + 1] + 1
                        : Math.max(longest[i + 1][j], longest[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (alike(played.get(i), file.get(stretch.get(j))) && longest[i][j] == longest[i + 1][j + 1] + 1) {
                matches[stretch.get(j)] = played.get(i++);
                matchedBy[stretch.get(j++)] = RevisionImport.MatchedBy.HEADING;
            } else if (longest[i + 1][j] >= longest[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }

    private static boolean alike(Existing scene, ImportPlan.Scene file) {
        return scene.timeOfDay() == file.timeOfDay() && sameSet(scene.set(), file.set());
    }

    /** A file scene's body as one text, as {@link Existing#text} holds a stored one. */
    static String bodyOf(ParsedScene scene) {
        return WordDiff.body(ScriptTextWriter.text(scene).stream().skip(1).map(ScriptElement::text).toList());
    }

    private static boolean sameSet(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b.strip());
    }

    private static List<RevisionImport.FieldChange> changes(Existing scene, ImportPlan.Scene file, String fingerprint,
                                                           List<Long> speakersGone) {
        List<RevisionImport.FieldChange> changes = new ArrayList<>();
        if (scene.omitted()) {
            changes.add(new RevisionImport.FieldChange(SceneField.OMITTED, "true", "false"));
        }
        if (scene.intExt() != file.intExt()) {
            changes.add(new RevisionImport.FieldChange(SceneField.INT_EXT, scene.intExt().heading(), file.intExt().heading()));
        }
        if (!sameSet(scene.set(), file.set())) {
            changes.add(new RevisionImport.FieldChange(SceneField.SET, scene.set(), file.set()));
        }
        if (scene.timeOfDay() != file.timeOfDay()) {
            changes.add(new RevisionImport.FieldChange(SceneField.TIME_OF_DAY, scene.timeOfDay().name(), file.timeOfDay().name()));
        }
        if (scene.eighths() != file.parsed().eighths()) {
            changes.add(new RevisionImport.FieldChange(SceneField.EIGHTHS, Eighths.format(scene.eighths()),
                    Eighths.format(file.parsed().eighths())));
        }
        if (file.synopsis() != null && scene.synopsisFollows(file)
                && !file.synopsis().strip().equals(Objects.requireNonNullElse(scene.synopsis(), ""))) {
            changes.add(new RevisionImport.FieldChange(SceneField.SYNOPSIS, scene.synopsis(), file.synopsis().strip()));
        }
        if (scene.fingerprint() != null && !scene.fingerprint().equals(fingerprint)) {
            changes.add(new RevisionImport.FieldChange(SceneField.TEXT, null,
                    scene.text() == null ? null : WordDiff.of(scene.text(), bodyOf(file.parsed()))));
        } else if (scene.fingerprint() != null) {
            // The text is the one last imported: its cues are too, so the speakers as tagged (by hand since) stand.
            return List.copyOf(changes);
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
            changes.add(new RevisionImport.FieldChange(SceneField.CAST, before, String.join(", ", after)));
        }
        return List.copyOf(changes);
    }

    /**
     * The numbers every scene has once the revision is written: each new scene goes right after the scene the file
     * puts before it (before the next matched one when first, at the end when nothing matched), numbered by the
     * outline's rules (record 001) — lettered between its neighbours when locked; when not locked the whole episode,
     * omitted scenes included, is numbered 1…n in its new order, so an omitted scene and a new one never share a
     * number. Fills {@code numbers} with the episode scenes' numbers by id.
     */
    private static List<Planned> number(List<Existing> episode, List<Planned> planned, boolean locked,
                                        Map<Long, String> numbers) {
        List<Object> order = new ArrayList<>(episode);
        Set<String> taken = new HashSet<>();
        episode.forEach(scene -> taken.add(scene.number()));
        List<Planned> numbered = new ArrayList<>(planned);
        Map<Planned, Integer> fileIndex = new IdentityHashMap<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned scene = planned.get(i);
            if (!scene.isNew()) {
                continue;
            }
            int slot = anchorSlot(order, numbered, i);
            order.add(slot, scene);
            fileIndex.put(scene, i);
            if (locked) {
                String number = SceneNumbering.insertAfter(slot == 0 ? null : numberOf(order.get(slot - 1)),
                        slot + 1 < order.size() ? numberOf(order.get(slot + 1)) : null, taken);
                taken.add(number);
                numbered.set(i, scene.numbered(number));
                order.set(slot, numbered.get(i));
            }
        }
        List<String> sequential = SceneNumbering.sequential(order.size());
        for (int slot = 0; slot < order.size(); slot++) {
            if (order.get(slot) instanceof Existing existing) {
                numbers.put(existing.id(), locked ? existing.number() : sequential.get(slot));
            } else if (!locked) {
                Planned scene = (Planned) order.get(slot);
                numbered.set(fileIndex.get(scene), scene.numbered(sequential.get(slot)));
            }
        }
        numbered.replaceAll(scene -> scene.isNew() ? scene : scene.numbered(numbers.get(scene.match().id())));
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
}
