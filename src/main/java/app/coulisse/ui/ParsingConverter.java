package app.coulisse.ui;

import app.coulisse.core.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A text field's converter built on a plain parser (lengths in eighths, durations, rehearsal hours): the
 * parser's {@link DomainException} becomes the field's translated message, so the rule lives once, in the parser.
 *
 * @param <T> the model type
 */
public final class ParsingConverter<T> implements Converter<String, T> {

    private final transient Function<String, T> parse;
    private final transient BiFunction<T, Locale, String> format;

    private ParsingConverter(Function<String, T> parse, BiFunction<T, Locale, String> format) {
        this.parse = parse;
        this.format = format;
    }

    /** A converter whose text is the same in every language. */
    public static <T> ParsingConverter<T> of(Function<String, T> parse, Function<T, String> format) {
        return new ParsingConverter<>(parse, (value, locale) -> format.apply(value));
    }

    /** A converter that writes the value as the user's locale does (decimal comma in French). */
    public static <T> ParsingConverter<T> localised(Function<String, T> parse, BiFunction<T, Locale, String> format) {
        return new ParsingConverter<>(parse, format);
    }

    @Override
    public Result<T> convertToModel(String value, ValueContext context) {
        try {
            return Result.ok(parse.apply(value));
        } catch (DomainException refused) {
            return Result.error(UI.getCurrent().getTranslation(refused.getMessageKey(), refused.getArguments()));
        }
    }

    @Override
    public String convertToPresentation(T value, ValueContext context) {
        Locale locale = context.getLocale().orElseGet(() -> UI.getCurrent().getLocale());
        return value == null ? "" : format.apply(value, locale);
    }
}
