package app.coulisse.live;

/** Receives the change notices of committed transactions, on the bus's own thread, never the writer's. */
@FunctionalInterface
public interface ChangeListener {

    /** An episode changed and the change is committed. */
    void changed(EpisodeChanged change);
}
