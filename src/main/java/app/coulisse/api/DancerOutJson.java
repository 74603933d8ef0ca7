package app.coulisse.api;

import app.coulisse.dance.readiness.DancerOut;
import java.time.LocalDate;

/** A dancer out, by cast ID, from one date to another (both included); the reason is optional, no medical detail. */
record DancerOutJson(Long id, Integer castId, LocalDate from, LocalDate to, String reason) {

    static DancerOutJson of(DancerOut out) {
        return new DancerOutJson(out.id(), out.castId(), out.from(), out.to(), out.reason());
    }
}
