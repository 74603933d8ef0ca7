package app.coulisse.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The change notices of this server: {@link #publish} sends a committed change to the other servers (when a relay
 * is there, PostgreSQL's) and delivers it here; {@link #deliver} hands a notice to this server's listeners on one
 * thread of its own, so a writer's request never waits for the screens it refreshes.
 */
@Component
public class ChangeBus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeBus.class);

    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ChangeRelay> relays = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("coulisse-live").daemon().factory());

    /** Listens to every notice until the returned handle is run. */
    public Runnable subscribe(ChangeListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Also sends this server's committed changes through a relay to the other servers. */
    public void relayTo(ChangeRelay relay) {
        relays.add(relay);
    }

    /** A change this server committed, or a change of presence: to the other servers and this server's listeners. */
    public void publish(EpisodeChanged change) {
        relays.forEach(relay -> relay.send(change));
        deliver(change);
    }

    /** A notice for this server's listeners only (one that came from another server). */
    public void deliver(EpisodeChanged change) {
        if (delivery.isShutdown()) {
            return;
        }
        delivery.execute(() -> listeners.forEach(listener -> {
            try {
                listener.changed(change);
            } catch (RuntimeException failed) {
                log.warn("A listener failed on {}", change, failed);
            }
        }));
    }

    /** How many listeners are subscribed (the open screens and editors): for the measurements. */
    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public void destroy() {
        delivery.shutdownNow();
    }
}
