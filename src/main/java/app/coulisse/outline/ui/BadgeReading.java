package app.coulisse.outline.ui;

import app.coulisse.outline.SceneBadges;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Reads a badge's texts, and its fills when it has them, for an episode in one call to the badge. */
final class BadgeReading {

    private BadgeReading() {
    }

    static void read(SceneBadges badge, long episodeId, Locale locale, Map<SceneBadges, Map<Long, String>> texts,
                     Map<SceneBadges, Map<Long, String>> fills) {
        if (!badge.filled()) {
            texts.put(badge, badge.forEpisode(episodeId));
            return;
        }
        Map<Long, String> text = new HashMap<>();
        Map<Long, String> fill = new HashMap<>();
        badge.filledForEpisode(episodeId, locale).forEach((sceneId, filled) -> {
            text.put(sceneId, filled.text());
            if (filled.fill() != null) {
                fill.put(sceneId, filled.fill());
            }
        });
        texts.put(badge, text);
        fills.put(badge, fill);
    }
}
