package app.coulisse.live;

import java.util.List;
import java.util.Optional;

/**
 * Where {@link Presence} keeps its entries, one per open screen: this server's memory on H2, a table every server
 * shares on PostgreSQL (record 057).
 */
interface PresenceStore {

    /** Keeps the screen's entry; answers the one it replaces. */
    Optional<Presence.Entry> put(String screen, Presence.Entry entry);

    Optional<Presence.Entry> get(String screen);

    /** Drops the screen's entry; answers it. */
    Optional<Presence.Entry> remove(String screen);

    /** The entries of the screens on an episode. */
    List<Presence.Entry> onEpisode(long episodeId);

    /** The display name a user has on any screen now. */
    Optional<String> displayName(String username);

    /** How many screens have an entry. */
    int count();
}
