package app.coulisse.core;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Resolves constraint messages written as {@code {some.key}} from the app's translation bundles,
 * in the locale Vaadin's binder asks for, so forms speak the same two languages as the rest.
 * The constraint's limit fills {0} ({@link DomainValidation#arguments}). Other templates (the validator's built-in ones) go to the default interpolator.
 */
public class BundleMessageInterpolator implements MessageInterpolator {

    private final Messages messages = Messages.bundled();
    private final MessageInterpolator fallback = new ParameterMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        if (template.startsWith("{") && template.endsWith("}")) {
            Optional<String> message = messages.find(template.substring(1, template.length() - 1), locale);
            if (message.isPresent()) {
                return Messages.fill(message.get(), DomainValidation.arguments(context.getConstraintDescriptor()));
            }
        }
        return fallback.interpolate(template, context, locale);
    }
}
