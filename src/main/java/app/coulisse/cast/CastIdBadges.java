package app.coulisse.cast;

import app.coulisse.outline.DeclaredBadges;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The cast IDs on each scene card and one-liner row, as the strip board shows them: "1, 3, 5". */
@Component
@Order(1)
class CastIdBadges extends DeclaredBadges {

    CastIdBadges(CastService castService) {
        super("badge.cast-ids", "cast-badge", episodeId -> castService.castIdsByScene(episodeId).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
                        .sorted().map(String::valueOf).collect(Collectors.joining(", ")))));
    }
}
