package app.coulisse.ui;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Resolves constraint messages written as {@code {some.key}} from the app's translation bundles,
 * in the locale Vaadin's binder asks for, so forms speak the same two languages as the rest.
 * Other templates (the validator's built-in ones) go to the default interpolator.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private final Map<String, String> english = TranslationProvider.load("");
    private final Map<String, String> french = TranslationProvider.load("_fr");
    private final MessageInterpolator fallback = new ParameterMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template.startsWith("{") && template.endsWith("}")) {
            String key = template.substring(1, template.length() - 1);
            boolean isFrench = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
            String message = isFrench ? french.getOrDefault(key, english.get(key)) : english.get(key);
            if (message != null) {
                return message;
            }
        }
        return fallback.interpolate(template, context, locale);
    }
}
