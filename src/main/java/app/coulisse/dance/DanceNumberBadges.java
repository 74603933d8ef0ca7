package app.coulisse.dance;

import app.coulisse.outline.DeclaredBadges;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The dance numbers performed in each scene, as a badge on the board and a one-liner column. */
@Component
@Order(2)
class DanceNumberBadges extends DeclaredBadges {

    DanceNumberBadges(DanceService danceService) {
        super("badge.dance-numbers", "dance-badge", episodeId -> danceService.danceNumbersByScene(episodeId).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> String.join(" · ", entry.getValue()))));
    }
}
