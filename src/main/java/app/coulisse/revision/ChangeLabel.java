package app.coulisse.revision;

import java.util.function.Function;

/** How a history entry says what changed, on screen and in the Changes sheet alike: "Set (imported)", "omitted". */
public final class ChangeLabel {

    private ChangeLabel() {
    }

    /** The field's name and the kind in brackets, or the kind alone when the change has no field. */
    public static String of(String kind, String field, Function<String, String> translate) {
        String kindLabel = translate.apply("history.kind." + kind);
        return field == null ? kindLabel : translate.apply("history.field." + field) + " (" + kindLabel + ")";
    }
}
