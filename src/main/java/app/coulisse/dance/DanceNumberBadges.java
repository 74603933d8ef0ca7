package app.coulisse.dance;

import app.coulisse.outline.SceneBadges;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dance numbers performed in each scene, as a badge on the board and a one-liner column. */
@Component
@Order(2)
class DanceNumberBadges implements SceneBadges {

    private final DanceService danceService;

    DanceNumberBadges(DanceService danceService) {
        this.danceService = danceService;
    }

    @Override
    public String headerKey() {
        return "badge.dance-numbers";
    }

    @Override
    public String styleName() {
        return "dance-badge";
    }

    @Override
    public Map<Long, String> forEpisode(long episodeId) {
        return danceService.danceNumbersByScene(episodeId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join(" · ", entry.getValue())));
    }
}
