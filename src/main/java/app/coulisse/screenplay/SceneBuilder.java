package app.coulisse.screenplay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** Collects one scene while a parser walks the file, then works out its characters and length. */
final class SceneBuilder {

    private final String number;
    private final SceneHeading heading;
    private final String act;
    private final List<ScriptElement> elements = new ArrayList<>();
    private final Set<SceneTag> tags = new LinkedHashSet<>();
    private String synopsis;
    private String page;
    private OptionalInt eighthsFromFile = OptionalInt.empty();

    SceneBuilder(String number, SceneHeading heading, String act) {
        this.number = number;
        this.heading = heading;
        this.act = act;
    }

    void add(ScriptElement element) {
        elements.add(element);
    }

    void addSynopsis(String text) {
        synopsis = synopsis == null ? text : synopsis + "\n" + text;
    }

    void page(String page) {
        this.page = page;
    }

    void eighthsFromFile(OptionalInt eighths) {
        eighthsFromFile = eighths;
    }

    void tag(SceneTag tag) {
        tags.add(tag);
    }

    /** Marks the last cue and the speech under it as the first half of a dual dialogue. */
    void markLastSpeechAsDual() {
        for (int i = elements.size() - 1; i >= 0; i--) {
            ScriptElement element = elements.get(i);
            switch (element.type()) {
                case DIALOGUE, PARENTHETICAL, LYRICS -> elements.set(i, element.asDualDialogue());
                case CHARACTER -> {
                    elements.set(i, element.asDualDialogue());
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    ParsedScene build() {
        List<SpeakingCharacter> speaking = SceneCast.speaking(elements);
        int eighths = eighthsFromFile.orElseGet(() -> SceneLength.estimateEighths(heading.text(), elements));
        return new ParsedScene(number, heading, act, synopsis, page, elements, speaking,
                SceneCast.possibleNonSpeaking(elements, speaking), List.copyOf(tags), eighths,
                eighthsFromFile.isEmpty());
    }
}
