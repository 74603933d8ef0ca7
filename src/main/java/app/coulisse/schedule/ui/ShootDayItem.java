package app.coulisse.schedule.ui;

import app.coulisse.schedule.ProductionPlan;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature offers on a day of the Shoot days screen (the day's sides), so the schedule never
 * depends on those features. Ordered by {@code @Order}; shown to those who plan.
 */
public interface ShootDayItem {

    /** The component for this day of the season, or none when the feature has nothing for it. */
    Optional<Component> create(int seasonNumber, ProductionPlan.BoardDay day);
}
