package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects the title page, sections, scenes and warnings that both parsers find, in file order. */
final class ScreenplayBuilder {

    private final ScreenplayFormat format;
    private final Map<String, String> titlePage = new LinkedHashMap<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<ParsedScene> scenes = new ArrayList<>();
    private final List<ParseWarning> warnings = new ArrayList<>();
    private final Set<String> speakers = new HashSet<>();
    private SceneBuilder scene;
    private String act;
    private boolean sectionJustStarted;
    private int elementsBeforeFirstScene;

    ScreenplayBuilder(ScreenplayFormat format) {
        this.format = format;
    }

    void titlePageEntry(String key, String value) {
        titlePage.merge(key, value, (first, second) -> first + "\n" + second);
    }

    void section(int level, String title) {
        sections.add(new Section(level, title, null));
        if (level == 1) {
            act = title;
        }
        sectionJustStarted = true;
    }

    /** A synopsis right under a section describes the section; otherwise it describes the current scene. */
    void synopsis(String text) {
        if (sectionJustStarted) {
            Section section = sections.remove(sections.size() - 1);
            String synopsis = section.synopsis() == null ? text : section.synopsis() + "\n" + text;
            sections.add(new Section(section.level(), section.title(), synopsis));
        } else if (scene != null) {
            scene.addSynopsis(text);
        }
    }

    /** Starts a scene; past {@link Screenplay#MAX_SCENES} the file is refused at once, before it costs more. */
    SceneBuilder startScene(String number, String heading) {
        finishScene();
        if (scenes.size() >= Screenplay.MAX_SCENES) {
            throw new LimitExceeded(UnreadableScreenplayException.Reason.TOO_MANY_SCENES, Screenplay.MAX_SCENES);
        }
        sectionJustStarted = false;
        scene = new SceneBuilder(number, SceneHeading.parse(heading), act);
        return scene;
    }

    void element(ScriptElement element) {
        sectionJustStarted = false;
        if (scene != null) {
            scene.add(element);
        } else if (element.type() != ElementType.PAGE_BREAK) {
            elementsBeforeFirstScene++;
        }
    }

    /** The scene being read, or {@code null} before the first heading. */
    SceneBuilder scene() {
        return scene;
    }

    void warn(ParseWarning warning) {
        warnings.add(warning);
    }

    Screenplay build() throws UnreadableScreenplayException {
        finishScene();
        if (scenes.isEmpty()) {
            throw new UnreadableScreenplayException(UnreadableScreenplayException.Reason.NO_SCENE);
        }
        if (elementsBeforeFirstScene > 0) {
            warnings.add(0, ParseWarning.of(ParseWarning.Kind.CONTENT_BEFORE_FIRST_SCENE, elementsBeforeFirstScene));
        }
        return new Screenplay(format, titlePage, sections, scenes, warnings);
    }

    private void finishScene() {
        if (scene != null) {
            ParsedScene built = scene.build();
            built.speakingCharacters().forEach(character -> speakers.add(character.name()));
            if (speakers.size() > Screenplay.MAX_CHARACTERS) {
                throw new LimitExceeded(UnreadableScreenplayException.Reason.TOO_MANY_CHARACTERS,
                        Screenplay.MAX_CHARACTERS);
            }
            scenes.add(built);
            scene = null;
        }
    }

    /** A file over one of the import's limits; the reader turns it into an unreadable file. */
    static final class LimitExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient UnreadableScreenplayException refusal;

        LimitExceeded(UnreadableScreenplayException.Reason reason, int limit) {
            super(reason.key(), null, false, false);
            this.refusal = new UnreadableScreenplayException(reason, limit);
        }

        UnreadableScreenplayException refusal() {
            return refusal;
        }
    }
}
