package app.coulisse.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.core.Messages;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SceneFieldTest {

    @Test
    void the_stored_names_are_the_ones_the_history_has_always_kept() {
        assertThat(Arrays.stream(SceneField.values()).map(SceneField::stored)).containsExactly("number", "intExt",
                "set", "timeOfDay", "storyDay", "eighths", "synopsis", "notes", "shootingLocation", "storyCity",
                "storylines", "cast", "danceNumber", "element", "text", "scene", "file", "omitted");
        assertThat(Arrays.stream(ChangeKind.values()).map(ChangeKind::stored)).containsExactly("EDIT", "TAG",
                "UNTAG", "IMPORT", "OMIT", "RESTORE", "NOTE", "QUESTION", "ANSWERED");
    }

    @ParameterizedTest
    @EnumSource(SceneField.class)
    void a_field_reads_back_from_its_stored_name_and_is_labelled_in_both_languages(SceneField field) {
        assertThat(SceneField.fromStored(field.stored())).isEqualTo(field);
        assertThat(Messages.bundled().find("history.field." + field.stored(), Locale.ENGLISH)).isPresent();
        assertThat(Messages.bundled().find("history.field." + field.stored(), Locale.FRENCH)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(ChangeKind.class)
    void a_kind_reads_back_from_its_stored_name_and_is_labelled(ChangeKind kind) {
        assertThat(ChangeKind.fromStored(kind.stored())).isEqualTo(kind);
        assertThat(Messages.bundled().find("history.kind." + kind.stored(), Locale.ENGLISH)).isPresent();
    }

    @Test
    void no_field_and_an_unknown_name_are_told_apart() {
        assertThat(SceneField.fromStored(null)).isNull();
        assertThat(SceneField.storedOrNull(null)).isNull();
        assertThatThrownBy(() -> SceneField.fromStored("colour")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_edits_of_heading_length_and_synopsis_omits_and_restores_revise_a_scene() {
        assertThat(Arrays.stream(SceneField.values()).filter(SceneField::isRevised)).containsExactly(
                SceneField.INT_EXT, SceneField.SET, SceneField.TIME_OF_DAY, SceneField.EIGHTHS, SceneField.SYNOPSIS);
        assertThat(new SceneChanged(1, ChangeKind.EDIT, SceneField.SYNOPSIS, "a", "b").revises()).isTrue();
        assertThat(new SceneChanged(1, ChangeKind.EDIT, SceneField.NOTES, "a", "b").revises()).isFalse();
        assertThat(new SceneChanged(1, ChangeKind.TAG, SceneField.CAST, null, "1").revises()).isFalse();
        assertThat(new SceneChanged(1, ChangeKind.OMIT, null, null, null).revises()).isTrue();
        assertThat(new SceneChanged(1, ChangeKind.RESTORE, null, null, null).revises()).isTrue();
        assertThat(SceneChanged.restorable(ChangeKind.IMPORT, SceneField.SYNOPSIS)).isFalse();
        assertThat(SceneChanged.restorable(ChangeKind.EDIT, SceneField.EIGHTHS)).isTrue();
    }
}
