package app.coulisse.live;

import app.coulisse.outline.SceneBadges;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** On a card and a one-liner row: who else has the scene open in the editor now. */
@Component
@Order(90)
class EditingBadges implements SceneBadges {

    private final Presence presence;

    EditingBadges(Presence presence) {
        this.presence = presence;
    }

    @Override
    public String headerKey() {
        return "live.editing";
    }

    @Override
    public boolean onOneLiner() {
        return false;
    }

    @Override
    public String styleName() {
        return "editing-badge";
    }

    @Override
    public Map<Long, String> forEpisode(long episodeId) {
        Authentication viewer = SecurityContextHolder.getContext().getAuthentication();
        String me = viewer == null ? null : viewer.getName();
        Map<Long, String> texts = new LinkedHashMap<>();
        presence.editing(episodeId).forEach((sceneId, people) -> {
            String names = people.stream().filter(person -> !person.username().equals(me))
                    .map(Presence.Person::displayName).collect(Collectors.joining(", "));
            if (!names.isEmpty()) {
                texts.put(sceneId, "✎ " + names);
            }
        });
        return texts;
    }
}
