package app.coulisse.live;

/** Carries this server's change notices to the other servers on the same database. */
public interface ChangeRelay {

    /**
     * Sends a committed change, or a change of presence, to the other servers; never throws (a lost notice costs a
     * refresh, not data).
     */
    void send(EpisodeChanged change);
}
