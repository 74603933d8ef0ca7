package app.coulisse.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every visible string, in English and French. Each feature keeps its own bundle under
 * {@code i18n/<feature>/translations[_fr].properties} (UTF-8); this provider merges them, so
 * features never collide in one huge file. English is the fallback. Parameters are written
 * {0}, {1}….
 */
@Component
public class TranslationProvider implements I18NProvider {

    /** Where the feature bundles live; the French file of each has the {@code _fr} suffix. */
    public static final String BUNDLES = "classpath*:i18n/*/translations%s.properties";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

    private final Map<String, String> english = load("");
    private final Map<String, String> french = load("_fr");

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        boolean isFrench = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        String pattern = isFrench ? french.getOrDefault(key, english.get(key)) : english.get(key);
        if (pattern == null) {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key;
        }
        return fill(pattern, params);
    }

    /**
     * Puts the parameters in place of {0}, {1}…. Plain replacement rather than MessageFormat, so
     * French apostrophes ("l'épisode {0}") need no quoting.
     */
    static String fill(String pattern, Object... params) {
        String text = pattern;
        for (int i = 0; i < params.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return text;
    }

    /** Reads one language's bundles from every feature into one map, keyed by message key. */
    public static Map<String, String> load(String suffix) {
        Map<String, String> messages = new HashMap<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver().getResources(BUNDLES.formatted(suffix))) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((key, value) -> messages.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation bundles", e);
        }
        return messages;
    }
}
