package app.coulisse.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is on which episode now, on this server: one entry per open screen (a browser tab), with the scene it has
 * open in the editor, if any. The screens add and remove their entries; every change is announced to the screens
 * of the episodes concerned as a {@link EpisodeChanged.Kind#PRESENCE} notice.
 */
@Component
public class Presence {

    /** Someone on an episode. */
    public record Person(String username, String displayName) {
    }

    private record Entry(Person person, long episodeId, Long sceneId) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ChangeBus bus;

    Presence(ChangeBus bus) {
        this.bus = bus;
    }

    /** A screen now shows an episode (it leaves the one it showed before). */
    public void enter(String screen, Person person, long episodeId) {
        Entry before = entries.put(screen, new Entry(person, episodeId, null));
        if (before == null || before.episodeId() != episodeId || before.sceneId() != null) {
            announce(before, screen, episodeId);
        }
    }

    /** A screen opened a scene of its episode in the editor. */
    public void openScene(String screen, long sceneId) {
        Entry entry = entries.computeIfPresent(screen, (key, on) -> new Entry(on.person(), on.episodeId(), sceneId));
        if (entry != null) {
            announce(null, screen, entry.episodeId());
        }
    }

    /** A screen closed its editor. */
    public void closeScene(String screen, long sceneId) {
        Entry entry = entries.computeIfPresent(screen, (key, on) -> Objects.equals(on.sceneId(), sceneId)
                ? new Entry(on.person(), on.episodeId(), null) : on);
        if (entry != null) {
            announce(null, screen, entry.episodeId());
        }
    }

    /** A screen left its episode, closed or expired. */
    public void leave(String screen) {
        Entry before = entries.remove(screen);
        if (before != null) {
            announce(null, screen, before.episodeId());
        }
    }

    /** The people on an episode, each once, in no particular order but stable per call. */
    public List<Person> on(long episodeId) {
        Map<String, Person> people = new LinkedHashMap<>();
        entries.values().stream().filter(entry -> entry.episodeId() == episodeId)
                .forEach(entry -> people.putIfAbsent(entry.person().username(), entry.person()));
        return new ArrayList<>(people.values());
    }

    /** Who has which scene of an episode open in the editor. */
    public Map<Long, List<Person>> editing(long episodeId) {
        Map<Long, List<Person>> editing = new LinkedHashMap<>();
        entries.values().stream().filter(entry -> entry.episodeId() == episodeId && entry.sceneId() != null)
                .forEach(entry -> {
                    List<Person> people = editing.computeIfAbsent(entry.sceneId(), scene -> new ArrayList<>());
                    if (!people.contains(entry.person())) {
                        people.add(entry.person());
                    }
                });
        return editing;
    }

    /** The display name of a user on any episode now, else the user name itself. */
    public String displayName(String username) {
        return entries.values().stream().map(Entry::person).filter(person -> person.username().equals(username))
                .map(Person::displayName).findFirst().orElse(username);
    }

    /** How many screens are registered: for the measurements. */
    public int screenCount() {
        return entries.size();
    }

    private void announce(Entry before, String screen, long episodeId) {
        if (before != null && before.episodeId() != episodeId) {
            bus.deliver(new EpisodeChanged(EpisodeChanged.Kind.PRESENCE, before.episodeId(), null, Instant.now(), screen));
        }
        bus.deliver(new EpisodeChanged(EpisodeChanged.Kind.PRESENCE, episodeId, null, Instant.now(), screen));
    }
}
