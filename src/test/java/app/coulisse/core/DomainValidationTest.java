package app.coulisse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.outline.Scene;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The one helper services validate with: the first violated constraint, as a translated refusal with its limit. */
class DomainValidationTest {

    private static final ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
    private final DomainValidation validation = new DomainValidation(factory.getValidator());

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_valid_bean_passes_and_comes_back() {
        Scene scene = new Scene(null);
        scene.setSynopsis("x".repeat(Scene.SYNOPSIS_MAX));
        assertThat(validation.check(scene)).isSameAs(scene);
    }

    @Test
    void an_over_long_field_is_refused_with_its_key_and_its_limit_in_both_languages() {
        Scene scene = new Scene(null);
        scene.setSynopsis("x".repeat(Scene.SYNOPSIS_MAX + 1));

        assertThatThrownBy(() -> validation.check(scene)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessageKey()).isEqualTo("scene.synopsis.too-long");
            assertThat(refused.getArguments()).startsWith(10_000);
            assertThat(Messages.bundled().get(refused.getMessageKey(), Locale.ENGLISH, refused.getArguments()))
                    .isEqualTo("The synopsis is too long: 10000 characters at most.");
            assertThat(Messages.bundled().get(refused.getMessageKey(), Locale.FRENCH, refused.getArguments()))
                    .isEqualTo("Le résumé est trop long : 10000 caractères au plus.");
        });
    }

    @Test
    void several_violations_give_one_refusal_the_first_by_property() {
        Scene scene = new Scene(null);
        scene.setEighths(0);
        scene.setStoryDay(0);
        scene.setSynopsis("x".repeat(Scene.SYNOPSIS_MAX + 1));

        assertThatThrownBy(() -> validation.check(scene)).isInstanceOf(DomainException.class)
                .hasMessage("scene.length.too-short");
    }

    @Test
    void a_bound_constraint_quotes_its_value() {
        Scene scene = new Scene(null);
        scene.setStoryDay(1000);

        assertThatThrownBy(() -> validation.check(scene)).isInstanceOfSatisfying(DomainException.class, refused -> {
            assertThat(refused.getMessageKey()).isEqualTo("scene.story-day.range");
            assertThat(refused.getArguments()).containsExactly(999L);
        });
    }

    @Test
    void a_single_value_is_refused_as_missing_before_as_malformed_and_passes_when_valid() {
        assertThatThrownBy(() -> validation.checkValue(app.coulisse.season.Episode.class, "number", ""))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("episode.number.required"));
        assertThatThrownBy(() -> validation.checkValue(app.coulisse.season.Episode.class, "number", "A1"))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("episode.number.pattern"));
        assertThatThrownBy(() -> validation.checkValue(Scene.class, "synopsis", "x".repeat(Scene.SYNOPSIS_MAX + 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.getArguments()).startsWith(Scene.SYNOPSIS_MAX));
        assertThat(validation.checkValue(app.coulisse.season.Episode.class, "number", "101A")).isEqualTo("101A");
    }
}
