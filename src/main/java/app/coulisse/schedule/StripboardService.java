package app.coulisse.schedule;

import app.coulisse.core.DomainException;
import app.coulisse.core.NotFoundException;
import app.coulisse.outline.Scene;
import app.coulisse.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves strips on the board: several at once into a shoot day at a position (from the boneyard or another day,
 * any episode), or back to the boneyard. A move made from a stale board is refused (decision record 031).
 */
@Service
@Transactional
public class StripboardService {

    private final ShootDayRepository days;
    private final StripPlacementRepository placements;
    private final EntityManager entityManager;

    StripboardService(ShootDayRepository days, StripPlacementRepository placements, EntityManager entityManager) {
        this.days = days;
        this.placements = placements;
        this.entityManager = entityManager;
    }

    /** Puts the strips, in the order given, into a shoot day before the day's strip at {@code index} (-1: at the end). */
    @PreAuthorize(Roles.CAN_PLAN)
    public void moveStrips(List<StripRef> strips, long dayId, int index) {
        if (strips == null || strips.isEmpty()) {
            return;
        }
        ShootDay day = days.findById(dayId).orElseThrow(() -> new NotFoundException("schedule.day.not-found", dayId));
        if (!day.getType().takesStrips()) {
            throw new DomainException("schedule.strip.not-a-shoot-day", day.getDate());
        }
        Map<Long, StripPlacement> current = current(strips);
        raced(() -> {
            List<StripPlacement> before = placements.inDay(day);
            int end = index < 0 || index > before.size() ? before.size() : index;
            int at = (int) before.subList(0, end).stream().filter(p -> !current.containsKey(p.getScene().getId())).count();
            List<StripPlacement> inDay = new ArrayList<>(before);
            inDay.removeIf(placed -> current.containsKey(placed.getScene().getId()));
            List<StripPlacement> moved = new ArrayList<>();
            for (StripRef strip : strips) {
                StripPlacement placement = current.get(strip.sceneId());
                if (placement == null) {
                    placement = new StripPlacement(entityManager.getReference(Scene.class, strip.sceneId()), day, 0);
                    entityManager.persist(placement);
                } else {
                    placement.setDay(day);
                }
                moved.add(placement);
            }
            inDay.addAll(at, moved);
            for (int position = 0; position < inDay.size(); position++) {
                if (inDay.get(position).getPosition() != position || moved.contains(inDay.get(position))) {
                    inDay.get(position).setPosition(position);
                }
            }
            entityManager.flush();
        });
    }

    /** Sends strips back to the boneyard. */
    @PreAuthorize(Roles.CAN_PLAN)
    public void moveToBoneyard(List<StripRef> strips) {
        if (strips == null || strips.isEmpty()) {
            return;
        }
        Map<Long, StripPlacement> current = current(strips);
        raced(() -> {
            current.values().forEach(placements::delete);
            entityManager.flush();
        });
    }

    /** The strips' placements now, refused if any has moved since the mover's board was read. */
    private Map<Long, StripPlacement> current(List<StripRef> strips) {
        Map<Long, StripPlacement> current = placements.ofScenes(strips.stream().map(StripRef::sceneId).toList())
                .stream().collect(Collectors.toMap(p -> p.getScene().getId(), Function.identity()));
        for (StripRef strip : strips) {
            StripPlacement placement = current.get(strip.sceneId());
            long now = placement == null ? StripRef.IN_BONEYARD : placement.getVersion();
            if (now != strip.loadedVersion()) {
                throw new DomainException("schedule.strip.moved-meanwhile");
            }
        }
        return current;
    }

    /**
     * Two movers at once: the database refuses the second (the unique scene on insert, the placement's version or
     * its row lock on update), and the second is told as when it sees the move itself.
     */
    private static void raced(Runnable write) {
        try {
            write.run();
        } catch (PersistenceException | DataAccessException race) {
            throw new DomainException("schedule.strip.moved-meanwhile");
        }
    }
}
