package app.coulisse.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one place where services apply the constraints declared on their entities and drafts: the
 * first violated constraint becomes a {@link DomainException} carrying the constraint's message
 * key (its template, {@code {scene.synopsis.too-long}}) and its limit as argument {0}, so a
 * refusal from the service reads like the form's message for the same field.
 */
@Component
public class DomainValidation {

    private final Validator validator;

    public DomainValidation(Validator validator) {
        this.validator = validator;
    }

    /** Returns the bean when it breaks no constraint; otherwise refuses with the first violation (by property). */
    public <T> T check(T bean) {
        Set<ConstraintViolation<T>> violations = validator.validate(bean);
        violations.stream()
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
        return bean;
    }

    /**
     * Returns {@code value} when the {@code property} of {@code type} may hold it; otherwise refuses with the
     * property's constraint it breaks, a missing value ({@code @NotBlank}, {@code @NotNull}) before a malformed one.
     * For a service that checks a form's values one by one, before it writes any of them.
     */
    public <V> V checkValue(Class<?> type, String property, V value) {
        validator.validateValue(type, property, value).stream()
                .min(Comparator.comparing((ConstraintViolation<?> violation) -> !isRequired(violation))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .ifPresent(violation -> {
                    throw refusal(violation);
                });
        return value;
    }

    private static boolean isRequired(ConstraintViolation<?> violation) {
        Class<?> constraint = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return constraint == NotBlank.class || constraint == NotNull.class || constraint == NotEmpty.class;
    }

    /** The refusal a violation stands for: its template without braces as key, the constraint's limit as argument. */
    public static DomainException refusal(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1)
                : template;
        return new DomainException(key, arguments(violation.getConstraintDescriptor()));
    }

    /**
     * The limit a message may quote as {0}: a size's or a decimal bound's {@code max}, a bound's {@code value};
     * {1} is a size's {@code min}. Shared with the form's interpolator, so screen and service say the same.
     */
    public static Object[] arguments(ConstraintDescriptor<?> descriptor) {
        if (descriptor == null) {
            return new Object[0];
        }
        Map<String, Object> attributes = descriptor.getAttributes();
        Object limit = attributes.containsKey("max") ? attributes.get("max") : attributes.get("value");
        Object lower = attributes.get("min");
        if (limit == null) {
            return new Object[0];
        }
        return lower == null ? new Object[] {limit} : new Object[] {limit, lower};
    }
}
