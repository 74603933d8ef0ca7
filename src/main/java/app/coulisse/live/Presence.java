package app.coulisse.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Who is on which episode now: one entry per open screen (a browser tab), with the scene it has open in the editor,
 * if any, kept by a {@link PresenceStore} every server of the database shares (record 057). The screens add and
 * remove their entries; every change is announced, on every server, to the screens of the episodes concerned as a
 * {@link EpisodeChanged.Kind#PRESENCE} notice.
 */
@Component
public class Presence {

    /** Someone on an episode. */
    public record Person(String username, String displayName) {
    }

    /** One open screen on an episode, with the scene it has open in the editor, if any. */
    record Entry(Person person, long episodeId, Long sceneId) {
    }

    private final PresenceStore store;
    private final ChangeBus bus;

    Presence(PresenceStore store, ChangeBus bus) {
        this.store = store;
        this.bus = bus;
    }

    /** A screen now shows an episode (it leaves the one it showed before). */
    public void enter(String screen, Person person, long episodeId) {
        Entry before = store.put(screen, new Entry(person, episodeId, null)).orElse(null);
        if (before == null || before.episodeId() != episodeId || before.sceneId() != null) {
            announce(before, screen, episodeId);
        }
    }

    /** A screen opened a scene of its episode in the editor. */
    public void openScene(String screen, long sceneId) {
        store.get(screen).ifPresent(on -> {
            store.put(screen, new Entry(on.person(), on.episodeId(), sceneId));
            announce(null, screen, on.episodeId());
        });
    }

    /** A screen closed its editor. */
    public void closeScene(String screen, long sceneId) {
        store.get(screen).ifPresent(on -> {
            if (Objects.equals(on.sceneId(), sceneId)) {
                store.put(screen, new Entry(on.person(), on.episodeId(), null));
            }
            announce(null, screen, on.episodeId());
        });
    }

    /** A screen left its episode, closed or expired. */
    public void leave(String screen) {
        store.remove(screen).ifPresent(before -> announce(null, screen, before.episodeId()));
    }

    /** The people on an episode, each once, in no particular order but stable per call. */
    public List<Person> on(long episodeId) {
        Map<String, Person> people = new LinkedHashMap<>();
        store.onEpisode(episodeId).forEach(entry -> people.putIfAbsent(entry.person().username(), entry.person()));
        return new ArrayList<>(people.values());
    }

    /** Who has which scene of an episode open in the editor. */
    public Map<Long, List<Person>> editing(long episodeId) {
        Map<Long, List<Person>> editing = new LinkedHashMap<>();
        store.onEpisode(episodeId).stream().filter(entry -> entry.sceneId() != null).forEach(entry -> {
            List<Person> people = editing.computeIfAbsent(entry.sceneId(), scene -> new ArrayList<>());
            if (!people.contains(entry.person())) {
                people.add(entry.person());
            }
        });
        return editing;
    }

    /** The display name of a user on any episode now, else the user name itself. */
    public String displayName(String username) {
        return store.displayName(username).orElse(username);
    }

    /** How many screens are registered: for the measurements. */
    public int screenCount() {
        return store.count();
    }

    private void announce(Entry before, String screen, long episodeId) {
        if (before != null && before.episodeId() != episodeId) {
            bus.publish(new EpisodeChanged(EpisodeChanged.Kind.PRESENCE, before.episodeId(), null, Instant.now(), screen));
        }
        bus.publish(new EpisodeChanged(EpisodeChanged.Kind.PRESENCE, episodeId, null, Instant.now(), screen));
    }
}
