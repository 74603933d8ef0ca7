package app.coulisse.screenplay;

import app.coulisse.outline.AppendPlan;
import app.coulisse.outline.IntExt;
import app.coulisse.outline.TimeOfDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a screenplay maps onto an episode, worked out before anything is written: each scene's heading parts and
 * cast, and each character matched to the series' cast or new with the cast ID it will get. Plain Java, so the
 * preview and the commit share it and it can be tested without a database. The rules are in design record 003.
 */
final class ImportPlan {

    static final int MAX_SCENE_NUMBER_LENGTH = 12;
    static final int MAX_SET_LENGTH = 150;
    static final int MAX_SYNOPSIS_LENGTH = app.coulisse.outline.Scene.SYNOPSIS_MAX;
    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_NOTE_LENGTH = app.coulisse.outline.Scene.NOTES_MAX;

    /** What the mapping guessed or skipped; the parsers' own warnings come first. */
    enum Warning {
        INT_EXT_MISSING, TIME_OF_DAY_MISSING, NUMBER_TOO_LONG, SET_TOO_LONG, NOTE_TOO_LONG, SYNOPSIS_TOO_LONG,
        NAME_TOO_LONG,
        AMBIGUOUS_NAME, NUMBERS_FOLLOW_ORDER, EXISTING_RENUMBERED;

        String key() {
            return "screenplay.import.warning." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A character of the plan: a cast member the file names, or one the import creates. */
    static final class PlannedCharacter {
        private final String fileName;
        private final String castName;
        private final Long existingId;
        private Integer castId;
        private boolean speaking;
        private int scenes;

        private PlannedCharacter(String fileName, String castName, Integer castId, Long existingId) {
            this.fileName = fileName;
            this.castName = castName;
            this.castId = castId;
            this.existingId = existingId;
        }

        String castName() {
            return castName;
        }

        int castId() {
            return castId;
        }

        /** The character's database id, or {@code null} when the import creates it. */
        Long existingId() {
            return existingId;
        }

        boolean isNew() {
            return existingId == null;
        }

        ImportedCharacter view() {
            return new ImportedCharacter(fileName, castName, castId, isNew(), scenes);
        }
    }

    /** A character in one scene. */
    record Casting(PlannedCharacter character, boolean speaking, boolean onScreen) {

        SceneCharacter view() {
            return new SceneCharacter(character.castName, character.castId, character.isNew(), speaking, onScreen);
        }
    }

    /**
     * One scene of the file, mapped, with the number the outline's rules give it and the act it lands in (the
     * episode's act or a new one, by name; null for none). Without a synopsis in the file, the synopsis is the
     * scene's first action line, {@code synopsisFromScript} (record 038).
     */
    record Scene(ParsedScene parsed, String number, String landingAct, IntExt intExt, TimeOfDay timeOfDay, String set,
                 String note, String synopsis, boolean synopsisFromScript, List<Casting> cast) {

        ImportedScene view(String number) {
            return new ImportedScene(number, parsed.number(), number.equals(parsed.number()), parsed.heading().text(),
                    intExt, set, timeOfDay, note, parsed.act(), landingAct,
                    parsed.eighths(), parsed.lengthEstimated(), synopsis, synopsisFromScript,
                    cast.stream().map(Casting::view).toList(), parsed.possibleNonSpeakingCharacters());
        }
    }

    private final Screenplay screenplay;
    private final CastMatcher matcher;
    private final Iterator<Integer> freeCastIds;
    private final Map<String, PlannedCharacter> byKey = new HashMap<>();
    private final Map<Long, PlannedCharacter> byExistingId = new HashMap<>();
    private final List<PlannedCharacter> characters = new ArrayList<>();
    private final List<Scene> scenes = new ArrayList<>();
    private final List<ImportedCharacter> possibleNonSpeaking = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();

    private ImportPlan(Screenplay screenplay, List<KnownCharacter> cast, List<Integer> freeCastIds) {
        this.screenplay = screenplay;
        this.matcher = new CastMatcher(cast);
        this.freeCastIds = freeCastIds.iterator();
        warnings.addAll(screenplay.warnings());
    }

    /**
     * Maps the screenplay.
     *
     * @param cast                 the series' cast
     * @param freeCastIds          the next free cast IDs, at least {@link #mostNewCharacters(Screenplay)} of them
     * @param confirmedNonSpeaking the possible non-speaking names the writer confirmed (any case)
     * @param placement            where the outline puts the file's {@link #incoming(Screenplay) scenes}
     */
    static ImportPlan build(Screenplay screenplay, List<KnownCharacter> cast, List<Integer> freeCastIds,
                            Set<String> confirmedNonSpeaking, AppendPlan placement) {
        ImportPlan plan = new ImportPlan(screenplay, cast, freeCastIds);
        List<Map<PlannedCharacter, Casting>> castByScene = plan.mapScenesAndSpeakers(placement);
        plan.giveCastIds();
        plan.addConfirmedNonSpeaking(castByScene, confirmedNonSpeaking.stream().map(CastMatcher::key).collect(Collectors.toSet()));
        plan.giveCastIds();
        plan.listPossibleNonSpeaking();
        for (int i = 0; i < castByScene.size(); i++) {
            Scene scene = plan.scenes.get(i);
            List<Casting> sceneCast = List.copyOf(castByScene.get(i).values());
            sceneCast.forEach(casting -> casting.character().scenes++);
            plan.scenes.set(i, new Scene(scene.parsed(), scene.number(), scene.landingAct(), scene.intExt(),
                    scene.timeOfDay(), scene.set(), scene.note(), scene.synopsis(), scene.synopsisFromScript(), sceneCast));
        }
        plan.warnAboutNumbers(placement);
        return plan;
    }

    /** The file's scenes as the outline places them: their section and the number the file gives. */
    static List<AppendPlan.Incoming> incoming(Screenplay screenplay) {
        return screenplay.scenes().stream().map(scene -> new AppendPlan.Incoming(scene.act(), scene.number())).toList();
    }

    /** The most characters an import of this file can create: every distinct name it holds. */
    static int mostNewCharacters(Screenplay screenplay) {
        Set<String> names = new HashSet<>();
        for (ParsedScene scene : screenplay.scenes()) {
            scene.speakingCharacters().forEach(character -> names.add(CastMatcher.key(character.name())));
            scene.possibleNonSpeakingCharacters().forEach(name -> names.add(CastMatcher.key(name)));
        }
        return names.size();
    }

    List<Scene> scenes() {
        return List.copyOf(scenes);
    }

    /** The characters the scenes tag, in order of first appearance. */
    List<PlannedCharacter> characters() {
        return List.copyOf(characters);
    }

    List<ParseWarning> warnings() {
        return List.copyOf(warnings);
    }

    ImportPreview preview(String fileName) {
        return new ImportPreview(fileName, screenplay.format(),
                scenes.stream().map(scene -> scene.view(scene.number())).toList(),
                characters.stream().filter(character -> character.speaking).map(PlannedCharacter::view).toList(),
                possibleNonSpeaking, warnings);
    }

    private List<Map<PlannedCharacter, Casting>> mapScenesAndSpeakers(AppendPlan placement) {
        List<Map<PlannedCharacter, Casting>> castByScene = new ArrayList<>();
        for (int i = 0; i < screenplay.scenes().size(); i++) {
            ParsedScene parsed = screenplay.scenes().get(i);
            SceneHeading heading = parsed.heading();
            if (parsed.number() != null && parsed.number().length() > MAX_SCENE_NUMBER_LENGTH) {
                warn(Warning.NUMBER_TOO_LONG, parsed.number(), MAX_SCENE_NUMBER_LENGTH);
            }
            int act = placement.actOf().get(i);
            String synopsis = synopsis(parsed);
            String firstActionLine = synopsis == null ? FirstActionLine.of(parsed) : null;
            scenes.add(new Scene(parsed, placement.numbers().get(i), act < 0 ? null : placement.acts().get(act).name(),
                    intExt(heading), timeOfDay(heading), set(heading), note(heading),
                    synopsis == null ? firstActionLine : synopsis, firstActionLine != null, List.of()));
            Map<PlannedCharacter, Casting> sceneCast = new LinkedHashMap<>();
            for (SpeakingCharacter speaker : parsed.speakingCharacters()) {
                PlannedCharacter character = resolve(speaker.name());
                if (character != null) {
                    character.speaking = true;
                    cast(sceneCast, new Casting(character, true, !speaker.voiceOnly()));
                }
            }
            castByScene.add(sceneCast);
        }
        return castByScene;
    }

    private void addConfirmedNonSpeaking(List<Map<PlannedCharacter, Casting>> castByScene, Set<String> confirmedKeys) {
        for (int i = 0; i < scenes.size(); i++) {
            for (String name : scenes.get(i).parsed().possibleNonSpeakingCharacters()) {
                if (confirmedKeys.contains(CastMatcher.key(name))) {
                    PlannedCharacter character = resolve(name);
                    if (character != null) {
                        cast(castByScene.get(i), new Casting(character, false, true));
                    }
                }
            }
        }
    }

    /** One entry per name, with what it would be if confirmed: the cast member it matches, or new. */
    private void listPossibleNonSpeaking() {
        Map<String, List<String>> offered = new LinkedHashMap<>();
        for (Scene scene : scenes) {
            for (String name : scene.parsed().possibleNonSpeakingCharacters()) {
                offered.computeIfAbsent(CastMatcher.key(name), key -> new ArrayList<>()).add(name);
            }
        }
        offered.forEach((key, names) -> {
            String name = names.get(0);
            PlannedCharacter planned = byKey.get(key);
            List<KnownCharacter> known = matcher.candidates(name);
            if (planned != null) {
                possibleNonSpeaking.add(new ImportedCharacter(name, planned.castName, planned.castId, planned.isNew(), names.size()));
            } else if (known.size() == 1) {
                possibleNonSpeaking.add(new ImportedCharacter(name, known.get(0).name(), known.get(0).castId(), false, names.size()));
            } else {
                possibleNonSpeaking.add(new ImportedCharacter(name, displayName(name), null, true, names.size()));
            }
        });
    }

    /** Speaking wins over silent, and seen wins over heard, when one character is cast twice in a scene. */
    private static void cast(Map<PlannedCharacter, Casting> sceneCast, Casting casting) {
        sceneCast.merge(casting.character(), casting, (a, b) ->
                new Casting(a.character(), a.speaking() || b.speaking(), a.onScreen() || b.onScreen()));
    }

    /** The planned character for a name of the file, matched or created on first sight; null if unusable. */
    private PlannedCharacter resolve(String fileName) {
        String key = CastMatcher.key(fileName);
        if (byKey.containsKey(key)) {
            return byKey.get(key);
        }
        List<KnownCharacter> known = matcher.candidates(fileName);
        PlannedCharacter character;
        if (known.size() == 1) {
            KnownCharacter match = known.get(0);
            character = byExistingId.computeIfAbsent(match.id(), id -> add(new PlannedCharacter(fileName, match.name(), match.castId(), id)));
        } else {
            if (known.size() > 1) {
                warn(Warning.AMBIGUOUS_NAME, fileName, known.stream().map(KnownCharacter::name).collect(Collectors.joining(", ")));
            }
            String castName = displayName(fileName);
            if (castName.length() > MAX_NAME_LENGTH) {
                warn(Warning.NAME_TOO_LONG, castName.substring(0, 40) + "…", MAX_NAME_LENGTH);
                character = null;
            } else {
                character = add(new PlannedCharacter(fileName, castName, null, null));
            }
        }
        byKey.put(key, character);
        return character;
    }

    private PlannedCharacter add(PlannedCharacter character) {
        characters.add(character);
        return character;
    }

    private void giveCastIds() {
        for (PlannedCharacter character : characters) {
            if (character.castId == null) {
                character.castId = freeCastIds.next();
            }
        }
    }

    /** Unlocked, the file's numbers give way to the order, and appending may push later scenes' numbers down. */
    private void warnAboutNumbers(AppendPlan placement) {
        if (!placement.locked() && screenplay.scenes().stream().anyMatch(scene -> scene.number() != null)) {
            warn(Warning.NUMBERS_FOLLOW_ORDER);
        }
        if (placement.renumbered() > 0) {
            warn(Warning.EXISTING_RENUMBERED, placement.renumbered());
        }
    }

    private IntExt intExt(SceneHeading heading) {
        if (heading.interiorExterior() == null) {
            warn(Warning.INT_EXT_MISSING, heading.text());
            return IntExt.INT;
        }
        return IntExt.valueOf(heading.interiorExterior().name());
    }

    private TimeOfDay timeOfDay(SceneHeading heading) {
        if (heading.timeOfDay() == null) {
            warn(Warning.TIME_OF_DAY_MISSING, heading.text());
            return TimeOfDay.DAY;
        }
        return heading.timeOfDay();
    }

    /** The heading's annotation of its time ({@code NIGHT (1973)}), kept as the scene's notes. */
    private String note(SceneHeading heading) {
        String note = heading.note();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            warn(Warning.NOTE_TOO_LONG, heading.text().substring(0, 40) + "…", MAX_NOTE_LENGTH);
            return note.substring(0, MAX_NOTE_LENGTH);
        }
        return note;
    }

    private String set(SceneHeading heading) {
        String set = heading.set() == null ? "" : heading.set().strip();
        if (set.length() > MAX_SET_LENGTH) {
            warn(Warning.SET_TOO_LONG, heading.text(), MAX_SET_LENGTH);
            return set.substring(0, MAX_SET_LENGTH).strip();
        }
        return set.isEmpty() ? null : set;
    }

    private String synopsis(ParsedScene parsed) {
        String synopsis = parsed.synopsis();
        if (synopsis != null && synopsis.length() > MAX_SYNOPSIS_LENGTH) {
            warn(Warning.SYNOPSIS_TOO_LONG, parsed.heading().text(), MAX_SYNOPSIS_LENGTH);
            return synopsis.substring(0, MAX_SYNOPSIS_LENGTH);
        }
        return synopsis;
    }

    private void warn(Warning warning, Object... args) {
        warnings.add(new ParseWarning(warning.key(), List.of(args)));
    }

    /**
     * The cast name a new character gets from a cue in capitals: words capitalised ("BUSKER" → Busker, "JEAN-LUC" →
     * Jean-Luc, "D'ARTOIS" → D'Artois, "MCGREGOR" → McGregor); accents are kept.
     */
    static String displayName(String fileName) {
        String lower = fileName.strip().toLowerCase(Locale.ROOT);
        StringBuilder name = new StringBuilder(lower.length());
        int wordStart = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean capital = i == wordStart
                    || (i == wordStart + 2 && (lower.charAt(wordStart + 1) == '\'' || lower.charAt(wordStart + 1) == '’'))
                    || (i == wordStart + 2 && lower.startsWith("mc", wordStart) && lower.length() > wordStart + 3);
            name.append(capital ? Character.toUpperCase(c) : c);
            if (c == ' ' || c == '-') {
                wordStart = i + 1;
            }
        }
        return name.toString();
    }
}
