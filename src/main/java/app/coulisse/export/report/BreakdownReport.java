package app.coulisse.export.report;

import app.coulisse.breakdown.BreakdownMatrix;
import app.coulisse.breakdown.ElementList;
import app.coulisse.breakdown.ElementQuantity;
import app.coulisse.cast.AppearanceMark;
import app.coulisse.export.model.Appearance;
import app.coulisse.export.model.CastMember;
import app.coulisse.export.model.DanceInScene;
import app.coulisse.export.model.DanceNumber;
import app.coulisse.export.model.ElementCategory;
import app.coulisse.export.model.Episode;
import app.coulisse.export.model.EpisodeBreakdown;
import app.coulisse.export.model.Scene;
import app.coulisse.export.model.SceneElement;
import app.coulisse.export.model.SeasonBreakdown;
import app.coulisse.export.model.SeriesInfo;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The breakdown reports of one episode or one season, computed from the read model once: which scenes are played
 * (omitted ones count nowhere), who is in them with which mark, how many scenes each character has per episode,
 * who dances which number (P principal, D dancing in one of its scenes), and each element with the quantity to
 * provide ({@link ElementQuantity}). The workbook's sheets and the Reports screen both read these.
 */
public final class BreakdownReport {

    private static final String UNCATALOGUED_COLOUR = "#E0E0E0";

    /** One element of a category gathered over the played scenes, with its quantity, scene labels and notes. */
    public record ElementUse(ElementCategory category, String name, int quantity, List<String> scenes,
                             List<String> notes) {
    }

    private record Tag(Scene scene, SceneElement element) {
    }

    private final SeriesInfo series;
    private final List<Episode> episodes;
    private final List<Scene> scenes;
    private final List<Scene> played;
    private final boolean season;
    private final Map<Integer, CastMember> castById;
    private final Map<Long, DanceNumber> danceNumbersById;
    private final List<ElementCategory> categories;
    private final Map<Scene, Map<Integer, Appearance>> appearances = new IdentityHashMap<>();
    private final Map<String, Map<Integer, Integer>> scenesByEpisode = new HashMap<>();
    private final Map<Long, Set<Integer>> dancersByNumber = new HashMap<>();
    private final List<CastMember> castInScenes;
    private final List<DanceNumber> danceNumbersInScenes;

    private BreakdownReport(SeriesInfo series, List<Episode> episodes, List<Scene> scenes, List<CastMember> cast,
                            List<DanceNumber> danceNumbers, List<ElementCategory> catalog, boolean season) {
        this.series = series;
        this.episodes = List.copyOf(episodes);
        this.scenes = List.copyOf(scenes);
        this.season = season;
        this.played = scenes.stream().filter(scene -> !scene.omitted()).toList();
        this.castById = cast.stream().collect(Collectors.toMap(CastMember::castId, Function.identity(), (a, b) -> a));
        this.danceNumbersById = danceNumbers.stream()
                .collect(Collectors.toMap(DanceNumber::id, Function.identity(), (a, b) -> a));
        this.categories = withUncataloguedCategories(catalog, scenes);
        Set<Integer> castIds = new TreeSet<>();
        Set<Long> numberIds = new LinkedHashSet<>();
        for (Scene scene : played) {
            Map<Integer, Appearance> byId = new LinkedHashMap<>();
            scene.cast().forEach(appearance -> byId.putIfAbsent(appearance.castId(), appearance));
            appearances.put(scene, byId);
            castIds.addAll(byId.keySet());
            Map<Integer, Integer> counts = scenesByEpisode.computeIfAbsent(scene.episodeNumber(), n -> new HashMap<>());
            byId.keySet().forEach(castId -> counts.merge(castId, 1, Integer::sum));
            for (DanceInScene link : scene.danceNumbers()) {
                numberIds.add(link.danceNumberId());
                Set<Integer> dancers = dancersByNumber.computeIfAbsent(link.danceNumberId(), id -> new HashSet<>());
                scene.cast().stream().filter(Appearance::dancing).forEach(a -> dancers.add(a.castId()));
            }
        }
        this.castInScenes = castIds.stream().map(castById::get).filter(Objects::nonNull).toList();
        this.danceNumbersInScenes = numberIds.stream().map(danceNumbersById::get).filter(Objects::nonNull).toList();
    }

    /** The reports of one episode, its scenes in running order. */
    public static BreakdownReport of(EpisodeBreakdown breakdown) {
        List<Scene> ordered = breakdown.scenes().stream().sorted(Comparator.comparingInt(Scene::position)).toList();
        return new BreakdownReport(breakdown.series(), List.of(breakdown.episode()), ordered, breakdown.cast(),
                breakdown.danceNumbers(), breakdown.categories(), false);
    }

    /** The reports of a season, its scenes ordered by episode, then position. */
    public static BreakdownReport of(SeasonBreakdown season) {
        return new BreakdownReport(season.series(), season.episodes(), season.scenes(), season.cast(),
                season.danceNumbers(), season.categories(), true);
    }

    public SeriesInfo series() {
        return series;
    }

    public List<Episode> episodes() {
        return episodes;
    }

    /** All scenes in order, omitted ones included. */
    public List<Scene> scenes() {
        return scenes;
    }

    /** The scenes that are not omitted, in order: the only ones any report counts. */
    public List<Scene> playedScenes() {
        return played;
    }

    /** True for a season's reports, whose scenes are labelled with their episode. */
    public boolean season() {
        return season;
    }

    /** {@code 12A} for an episode, {@code 101/12A} for a season, where numbers repeat. */
    public String sceneLabel(Scene scene) {
        return season ? scene.episodeNumber() + "/" + scene.number() : scene.number();
    }

    public CastMember castMember(int castId) {
        return castById.get(castId);
    }

    public DanceNumber danceNumber(long id) {
        return danceNumbersById.get(id);
    }

    /** Every category, in catalog order, then any category a scene names that the catalog lacks, in grey. */
    public List<ElementCategory> categories() {
        return categories;
    }

    /** The characters tagged in any played scene, by cast ID; cast IDs missing from the catalog are left out. */
    public List<CastMember> castInScenes() {
        return castInScenes;
    }

    /** The mark of a character in a played scene (S, N, SD, ND), or null when not in it. */
    public String castMark(Scene scene, int castId) {
        Appearance appearance = appearances.getOrDefault(scene, Map.of()).get(castId);
        return appearance == null ? null : AppearanceMark.of(appearance.speaking(), appearance.dancing());
    }

    /** How many played scenes of the episode the character is in, or null for none. */
    public Integer scenesInEpisode(String episodeNumber, int castId) {
        return scenesByEpisode.getOrDefault(episodeNumber, Map.of()).get(castId);
    }

    /** The dance numbers performed in played scenes, in order of first performance. */
    public List<DanceNumber> danceNumbersInScenes() {
        return danceNumbersInScenes;
    }

    /** The principals of those numbers and everyone dancing in their played scenes, by cast ID. */
    public List<CastMember> dancers() {
        Set<Integer> ids = new TreeSet<>();
        for (DanceNumber number : danceNumbersInScenes) {
            ids.addAll(number.principalCastIds());
            ids.addAll(dancersByNumber.getOrDefault(number.id(), Set.of()));
        }
        return ids.stream().map(castById::get).filter(Objects::nonNull).toList();
    }

    /** P for a principal of the number, D for dancing in one of its played scenes (a principal stays P), else null. */
    public String dancerMark(DanceNumber number, int castId) {
        if (number.principalCastIds().contains(castId)) {
            return "P";
        }
        return dancersByNumber.getOrDefault(number.id(), Set.of()).contains(castId) ? "D" : null;
    }

    /** The elements of the played scenes, category by category in catalog order, then by name. */
    public List<ElementUse> elements() {
        Map<String, Map<String, List<Tag>>> byCategory = new HashMap<>();
        for (Scene scene : played) {
            for (SceneElement element : scene.elements()) {
                byCategory.computeIfAbsent(element.category(), name -> new HashMap<>())
                        .computeIfAbsent(element.name(), name -> new ArrayList<>()).add(new Tag(scene, element));
            }
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        List<ElementUse> uses = new ArrayList<>();
        for (ElementCategory category : categories) {
            Map<String, List<Tag>> elements = byCategory.getOrDefault(category.name(), Map.of());
            List<String> names = new ArrayList<>(elements.keySet());
            names.sort(collator);
            for (String name : names) {
                int quantity = 0;
                List<String> sceneLabels = new ArrayList<>();
                List<String> notes = new ArrayList<>();
                for (Tag tag : elements.get(name)) {
                    String label = sceneLabel(tag.scene());
                    SceneElement element = tag.element();
                    quantity = ElementQuantity.toProvide(quantity, element.quantity());
                    sceneLabels.add(label);
                    if (!element.note().isBlank()) {
                        notes.add(label + ": " + element.note());
                    }
                }
                uses.add(new ElementUse(category, name, quantity, List.copyOf(sceneLabels), List.copyOf(notes)));
            }
        }
        return uses;
    }

    // ---- the same reports as the screen's grids show them

    /** Characters down, played scenes across, the marks in the cells. */
    public BreakdownMatrix castBySceneMatrix() {
        List<BreakdownMatrix.Column> columns = new ArrayList<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        for (int i = 0; i < played.size(); i++) {
            Scene scene = played.get(i);
            columns.add(new BreakdownMatrix.Column(i, sceneLabel(scene)));
            for (CastMember member : castInScenes) {
                String mark = castMark(scene, member.castId());
                if (mark != null) {
                    cells.add(new BreakdownMatrix.Cell(member.castId(), i, mark));
                }
            }
        }
        return BreakdownMatrix.of(columns, rowHeaders(castInScenes), cells, BreakdownMatrix::countMarks);
    }

    /** Characters down, episodes across, the number of played scenes in the cells. */
    public BreakdownMatrix castByEpisodeMatrix() {
        List<BreakdownMatrix.Column> columns = new ArrayList<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        for (int i = 0; i < episodes.size(); i++) {
            String number = episodes.get(i).number();
            columns.add(new BreakdownMatrix.Column(i, number));
            for (CastMember member : castInScenes) {
                Integer count = scenesInEpisode(number, member.castId());
                if (count != null) {
                    cells.add(new BreakdownMatrix.Cell(member.castId(), i, String.valueOf(count)));
                }
            }
        }
        return BreakdownMatrix.of(columns, rowHeaders(castInScenes), cells, BreakdownMatrix::sumCounts);
    }

    /** Dancers down, the dance numbers performed across, P or D in the cells. */
    public BreakdownMatrix castBySongMatrix() {
        List<CastMember> dancers = dancers();
        List<BreakdownMatrix.Column> columns = new ArrayList<>();
        List<BreakdownMatrix.Cell> cells = new ArrayList<>();
        for (DanceNumber number : danceNumbersInScenes) {
            columns.add(new BreakdownMatrix.Column(number.id(), number.title()));
            for (CastMember member : dancers) {
                String mark = dancerMark(number, member.castId());
                if (mark != null) {
                    cells.add(new BreakdownMatrix.Cell(member.castId(), number.id(), mark));
                }
            }
        }
        return BreakdownMatrix.of(columns, rowHeaders(dancers), cells, BreakdownMatrix::countMarks);
    }

    /** The element report's lines: category, colour, element, its scenes and the quantity to provide. */
    public List<ElementList.Line> elementLines() {
        return elements().stream().map(use -> new ElementList.Line(use.category().name(), use.category().colour(),
                use.name(), use.scenes(), use.quantity())).toList();
    }

    private static List<BreakdownMatrix.Character> rowHeaders(List<CastMember> members) {
        return members.stream().map(member -> new BreakdownMatrix.Character(member.castId(), member.castId(), member.name()))
                .toList();
    }

    private static List<ElementCategory> withUncataloguedCategories(List<ElementCategory> catalog, List<Scene> scenes) {
        List<ElementCategory> all = new ArrayList<>(catalog.stream()
                .sorted(Comparator.comparingInt(ElementCategory::position)).toList());
        Set<String> names = all.stream().map(ElementCategory::name).collect(Collectors.toCollection(HashSet::new));
        for (Scene scene : scenes) {
            for (SceneElement element : scene.elements()) {
                if (names.add(element.category())) {
                    all.add(new ElementCategory(element.category(), UNCATALOGUED_COLOUR, Integer.MAX_VALUE));
                }
            }
        }
        return List.copyOf(all);
    }
}
