package app.coulisse.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two concurrent requests can both pass a service's "is it taken?" check; the database's unique constraint then
 * refuses the second. This turns that refusal into the {@link DomainException} the sequential case gives, so the
 * API answers 400 or 409 with a translated message and the UI shows the same notification, never a 500 (record 019).
 */
public final class UniqueViolations {

    // Constraint name (as in the migrations) → the key of a message that needs no argument.
    private static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put("uk_episode_number", "conflict.unique.episode-number");
        RULES.put("uk_character_cast_id", "conflict.unique.cast-id");
        RULES.put("uk_character_name", "conflict.unique.character-name");
        RULES.put("uk_scene_number", "conflict.unique.scene-number");
        RULES.put("uk_element_category_name", "conflict.unique.category-name");
        RULES.put("uk_company_name", "conflict.unique.company-name");
        RULES.put("uk_app_user_username", "conflict.unique.username");
        RULES.put("uk_dance_number_title", "conflict.unique.dance-title");
        RULES.put("uk_storyline_label", "conflict.unique.storyline-label");
        RULES.put("uk_story_set_name", "conflict.unique.set-name");
        RULES.put("uk_breakdown_element_name", "conflict.unique.element-name");
        RULES.put("uk_appearance", "conflict.unique.tag");
        RULES.put("uk_scene_dance_number", "conflict.unique.tag");
        RULES.put("uk_scene_element", "conflict.unique.tag");
    }

    private UniqueViolations() {
    }

    /**
     * Runs a write that flushes (e.g. {@code saveAndFlush}); if a unique rule refuses it, throws the refusal the
     * service gives when it sees the duplicate itself.
     */
    public static <T> T refuseDuplicate(Supplier<T> write, Supplier<DomainException> refusal) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (constraintOf(e).isEmpty()) {
                throw e;
            }
            DomainException domain = refusal.get();
            domain.initCause(e);
            throw domain;
        }
    }

    /** Runs a write that flushes; a unique rule it breaks becomes that rule's refusal (no argument needed). */
    public static <T> T refuseDuplicate(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            throw refusal(e).orElseThrow(() -> e);
        }
    }

    /** The refusal for a unique rule broken anywhere under {@code error} (e.g. at commit), if it is one of ours. */
    public static Optional<DomainException> refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataIntegrityViolationException violation) {
                return constraintOf(violation).map(key -> {
                    DomainException domain = new DomainException(RULES.get(key));
                    domain.initCause(violation);
                    return domain;
                });
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> constraintOf(Throwable violation) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            for (String constraint : RULES.keySet()) {
                if (message.contains(constraint)) {
                    return Optional.of(constraint);
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
