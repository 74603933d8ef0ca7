package app.coulisse.live.ui;

import app.coulisse.live.ChangeBus;
import app.coulisse.live.EpisodeChanged;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.BiPredicate;

/**
 * For a part of a screen that shows something of an episode besides the screen's own refresh (a scene's thread, its
 * history, in the scene editor): while the component is attached, each committed change of the episode runs
 * {@code refresh} in the component's UI, through server push. A screen across the season (the stripboard) follows
 * every episode's changes made elsewhere.
 */
public final class EpisodeNotices {

    private EpisodeNotices() {
    }

    /** Refreshes {@code component} after every committed change of the episode, from attach until detach. */
    public static void refreshWhileAttached(Component component, ChangeBus bus, long episodeId, Runnable refresh) {
        whileAttached(component, bus, (tab, change) -> change.episodeId() == episodeId, refresh);
    }

    /**
     * Refreshes {@code component} after every committed change of any episode (its scenes, tags, strips) made
     * elsewhere: by another tab, user or server; the tab that made it has already shown it.
     */
    public static void refreshOnChangesElsewhere(Component component, ChangeBus bus, Runnable refresh) {
        whileAttached(component, bus, (tab, change) -> !tab.equals(change.originUi()), refresh);
    }

    private static void whileAttached(Component component, ChangeBus bus,
                                      BiPredicate<String, EpisodeChanged> concerns, Runnable refresh) {
        Runnable[] unsubscribe = new Runnable[1];
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            String tab = LiveScreens.key(ui);
            stop(unsubscribe);
            unsubscribe[0] = bus.subscribe(change -> {
                if (change.kind() == EpisodeChanged.Kind.OUTLINE && concerns.test(tab, change)) {
                    try {
                        ui.access(refresh::run);
                    } catch (UIDetachedException closed) {
                        // The tab is gone; its detach unsubscribes.
                    }
                }
            });
        });
        component.addDetachListener(gone -> stop(unsubscribe));
    }

    private static void stop(Runnable[] unsubscribe) {
        if (unsubscribe[0] != null) {
            unsubscribe[0].run();
            unsubscribe[0] = null;
        }
    }
}
