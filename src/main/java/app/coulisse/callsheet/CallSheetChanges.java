package app.coulisse.callsheet;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What differs between two versions of a call sheet, section by section, as a revision lists it. */
final class CallSheetChanges {

    private CallSheetChanges() {
    }

    static List<Change> between(CallSheetContent before, CallSheetContent after) {
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(before.date(), after.date())) {
            changes.add(new Change(ChangeKind.DATE, "", text(before.date()), text(after.date())));
        }
        if (!Objects.equals(before.crewCall(), after.crewCall())) {
            changes.add(new Change(ChangeKind.CREW_CALL, "", text(before.crewCall()), text(after.crewCall())));
        }
        if (!Objects.equals(before.shootingCall(), after.shootingCall())) {
            changes.add(new Change(ChangeKind.SHOOTING_CALL, "", text(before.shootingCall()),
                    text(after.shootingCall())));
        }
        scenes(before.scenes(), after.scenes(), changes);
        cast(before.cast(), after.cast(), changes);
        section(ChangeKind.LOCATIONS, before.locations(), after.locations(), changes);
        section(ChangeKind.DANCES, before.dances(), after.dances(), changes);
        section(ChangeKind.REHEARSALS, before.rehearsals(), after.rehearsals(), changes);
        section(ChangeKind.FITTINGS, before.fittings(), after.fittings(), changes);
        section(ChangeKind.BACKGROUND, before.background(), after.background(), changes);
        section(ChangeKind.DEPARTMENTS, before.departments(), after.departments(), changes);
        section(ChangeKind.NOTES, before.notes(), after.notes(), changes);
        section(ChangeKind.ADVANCE, before.advance(), after.advance(), changes);
        return changes;
    }

    private static void scenes(List<CallSheetContent.SceneLine> before, List<CallSheetContent.SceneLine> after,
                               List<Change> changes) {
        Map<String, CallSheetContent.SceneLine> old = byLabel(before);
        Map<String, CallSheetContent.SceneLine> now = byLabel(after);
        now.keySet().stream().filter(label -> !old.containsKey(label))
                .forEach(label -> changes.add(new Change(ChangeKind.SCENE_ADDED, label, "", "")));
        old.keySet().stream().filter(label -> !now.containsKey(label))
                .forEach(label -> changes.add(new Change(ChangeKind.SCENE_REMOVED, label, "", "")));
        now.forEach((label, scene) -> {
            if (old.containsKey(label) && !old.get(label).equals(scene)) {
                changes.add(new Change(ChangeKind.SCENE_CHANGED, label, "", ""));
            }
        });
        List<String> kept = before.stream().map(CallSheetContent.SceneLine::label).filter(now::containsKey).toList();
        List<String> keptNow = after.stream().map(CallSheetContent.SceneLine::label).filter(old::containsKey).toList();
        if (!kept.equals(keptNow)) {
            changes.add(new Change(ChangeKind.SCENE_ORDER, "", String.join(", ", kept), String.join(", ", keptNow)));
        }
    }

    private static void cast(List<CallSheetContent.CastLine> before, List<CallSheetContent.CastLine> after,
                             List<Change> changes) {
        Map<Integer, CallSheetContent.CastLine> old = before.stream()
                .collect(Collectors.toMap(CallSheetContent.CastLine::castId, Function.identity()));
        for (CallSheetContent.CastLine line : after) {
            CallSheetContent.CastLine was = old.get(line.castId());
            if (was == null || !times(was).equals(times(line))) {
                changes.add(new Change(ChangeKind.CAST_CALL, "#" + line.castId() + " " + line.character(),
                        was == null ? "" : times(was), times(line)));
            }
        }
    }

    private static String times(CallSheetContent.CastLine line) {
        return String.join(" / ", text(line.pickUp()), text(line.makeUp()), text(line.wardrobe()), text(line.onSet()));
    }

    private static void section(ChangeKind kind, Object before, Object after, List<Change> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(kind, "", "", ""));
        }
    }

    private static Map<String, CallSheetContent.SceneLine> byLabel(List<CallSheetContent.SceneLine> scenes) {
        return scenes.stream().collect(Collectors.toMap(CallSheetContent.SceneLine::label, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String text(Object value) {
        return value == null ? "" : value instanceof LocalTime time ? CallTimes.format(time) : value.toString();
    }
}
