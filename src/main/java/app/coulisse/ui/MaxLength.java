package app.coulisse.ui;

import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;

/**
 * The longest text a field of a screen may take, read from the {@code @Size} constraint on the entity property the
 * field edits, so that the limit is declared once, on the entity, and the screen cannot drift from the service.
 */
public final class MaxLength {

    private MaxLength() {
    }

    /** The {@code @Size(max)} of {@code property} on {@code type} or a superclass; a property without one is a bug. */
    public static int of(Class<?> type, String property) {
        for (Class<?> declaring = type; declaring != null; declaring = declaring.getSuperclass()) {
            for (Field field : declaring.getDeclaredFields()) {
                Size size = field.getAnnotation(Size.class);
                if (field.getName().equals(property) && size != null) {
                    return size.max();
                }
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + "." + property + " declares no @Size");
    }
}
