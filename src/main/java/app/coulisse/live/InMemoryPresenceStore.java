package app.coulisse.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Presence in this server's memory: on H2 one server serves the room. */
class InMemoryPresenceStore implements PresenceStore {

    private final Map<String, Presence.Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Presence.Entry> put(String screen, Presence.Entry entry) {
        return Optional.ofNullable(entries.put(screen, entry));
    }

    @Override
    public Optional<Presence.Entry> get(String screen) {
        return Optional.ofNullable(entries.get(screen));
    }

    @Override
    public Optional<Presence.Entry> remove(String screen) {
        return Optional.ofNullable(entries.remove(screen));
    }

    @Override
    public List<Presence.Entry> onEpisode(long episodeId) {
        return entries.values().stream().filter(entry -> entry.episodeId() == episodeId).toList();
    }

    @Override
    public Optional<String> displayName(String username) {
        return entries.values().stream().map(Presence.Entry::person)
                .filter(person -> person.username().equals(username)).map(Presence.Person::displayName).findFirst();
    }

    @Override
    public int count() {
        return entries.size();
    }
}
