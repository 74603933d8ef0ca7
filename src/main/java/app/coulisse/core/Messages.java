package app.coulisse.core;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible string, in English and French, for the screens, the validation messages, the API
 * and the workbooks alike. Each feature keeps its own bundle under
 * {@code i18n/<feature>/translations[_fr].properties} (UTF-8); they are merged into one map per
 * language. English is the fallback. Parameters are written {0}, {1}….
 */
public final class Messages {

    /** Where the feature bundles live; the French file of each has the {@code _fr} suffix. */
    public static final String BUNDLES = "classpath*:i18n/*/translations%s.properties";

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private static final class Bundled {
        private static final Messages INSTANCE = new Messages(load(""), load("_fr"));
    }

    private final Map<String, String> english;
    private final Map<String, String> french;

    private Messages(Map<String, String> english, Map<String, String> french) {
        this.english = english;
        this.french = french;
    }

    /** The app's bundles, read once. */
    public static Messages bundled() {
        return Bundled.INSTANCE;
    }

    /** The message for a key in the given language (English when French lacks it), or "!key" when none has it. */
    public String get(String key, Locale locale, Object... arguments) {
        if (key == null) {
            return "";
        }
        return find(key, locale).map(pattern -> fill(pattern, arguments(arguments, locale))).orElseGet(() -> {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key;
        });
    }

    /** A label and its value as the language punctuates them: "Props: Fan", in French "Accessoires : Fan". */
    public String labelled(Object label, Object value, Locale locale) {
        return get("label.value", locale, label, value);
    }

    /** Arguments as a message in {@code locale} writes them: a seeded name in that language, the rest as given. */
    public Object[] arguments(Object[] arguments, Locale locale) {
        Object[] written = arguments.clone();
        for (int i = 0; i < written.length; i++) {
            if (written[i] instanceof SeededName.Text name) {
                written[i] = name.in(this, locale);
            }
        }
        return written;
    }

    /** The raw pattern for a key in the given language, English when French lacks it. */
    public Optional<String> find(String key, Locale locale) {
        boolean isFrench = locale != null && Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return Optional.ofNullable(isFrench ? french.getOrDefault(key, english.get(key)) : english.get(key));
    }

    /**
     * Puts the arguments in place of {0}, {1}…. Plain replacement rather than MessageFormat, so
     * French apostrophes ("l'épisode {0}") need no quoting.
     */
    public static String fill(String pattern, Object... arguments) {
        String text = pattern;
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
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
