package app.coulisse.ui;

import app.coulisse.core.Languages;
import app.coulisse.core.Messages;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Vaadin's way to the app's {@link Messages}: every {@code getTranslation} of a component lands here. */
@Component
public class TranslationProvider implements I18NProvider {

    private final Messages messages = Messages.bundled();

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
