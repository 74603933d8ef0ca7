package app.coulisse.cast;

import app.coulisse.outline.SceneBadges;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The cast IDs on each scene card and one-liner row, as the strip board shows them: "1, 3, 5". */
@Component
@Order(1)
class CastIdBadges implements SceneBadges {

    private final CastService castService;

    CastIdBadges(CastService castService) {
        this.castService = castService;
    }

    @Override
    public String headerKey() {
        return "badge.cast-ids";
    }

    @Override
    public String styleName() {
        return "cast-badge";
    }

    @Override
    public Map<Long, String> forEpisode(long episodeId) {
        return castService.castIdsByScene(episodeId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .sorted().map(String::valueOf).collect(Collectors.joining(", "))));
    }
}
