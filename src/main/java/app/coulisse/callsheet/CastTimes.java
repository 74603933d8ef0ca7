package app.coulisse.callsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** A performer's four calls of the day as the office set them; a null time is proposed from the series' offsets. */
@Embeddable
public record CastTimes(@Column(name = "cast_id") int castId, @Column(name = "pick_up") LocalTime pickUp,
                        @Column(name = "make_up") LocalTime makeUp, @Column(name = "wardrobe") LocalTime wardrobe,
                        @Column(name = "on_set") LocalTime onSet) {
}
