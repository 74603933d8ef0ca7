package app.coulisse.live.ui;

import app.coulisse.live.Presence;
import app.coulisse.outline.ui.EpisodeHeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.AvatarGroup;
import java.util.List;
import org.springframework.core.annotation.Order;

/** In an episode's header: the avatars of the others on the episode now (rebuilt with the screen on every change). */
@org.springframework.stereotype.Component
@Order(0)
class PresenceAvatars implements EpisodeHeaderItem {

    private final Presence presence;
    private final LiveScreens screens;

    PresenceAvatars(Presence presence, LiveScreens screens) {
        this.presence = presence;
        this.screens = screens;
    }

    @Override
    public Component create(long episodeId) {
        String me = screens.currentPerson().username();
        List<AvatarGroup.AvatarGroupItem> others = presence.on(episodeId).stream()
                .filter(person -> !person.username().equals(me))
                .map(person -> new AvatarGroup.AvatarGroupItem(person.displayName()))
                .toList();
        AvatarGroup avatars = new AvatarGroup(others);
        avatars.setId("episode-presence");
        avatars.addClassName("episode-presence");
        avatars.setMaxItemsVisible(6);
        avatars.getElement().setAttribute("title", avatars.getTranslation("live.presence"));
        avatars.setVisible(!others.isEmpty());
        return avatars;
    }
}
