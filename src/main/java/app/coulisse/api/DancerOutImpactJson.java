package app.coulisse.api;

import app.coulisse.core.Messages;
import app.coulisse.schedule.DancerOutImpact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * What a dancer's absence touches in a season (record 054): its shoot days and rehearsal calls, each part with the
 * cover proposed and the cover standing in, and whether covers are in.
 */
record DancerOutImpactJson(DancerOutJson out, List<Day> shootDays, List<Call> rehearsalCalls, List<Part> parts,
                           boolean coversIn) {

    /** A shoot day inside the absence and the strips on it the dancer works. */
    record Day(LocalDate date, String unit, int dayNumber, List<String> strips) {
    }

    /** A rehearsal call inside the absence. */
    record Call(LocalDate date, LocalTime start, int minutes, long danceNumberId, String danceNumber) {
    }

    /** A part touched; {@code proposed} is null when nobody can go in, {@code standingIn} while no cover is in. */
    record Part(long partId, String part, long danceNumberId, String danceNumber, Cover proposed, Cover standingIn) {
    }

    /** A cover: character, label, whether signed off ready, and the hours still to rehearse (zero when ready). */
    record Cover(long characterId, String label, boolean ready, BigDecimal hoursNeeded) {
    }

    /** The impact, each part named in {@code locale} (a seeded part's name is translated). */
    static DancerOutImpactJson of(DancerOutImpact impact, Messages messages, Locale locale) {
        return new DancerOutImpactJson(DancerOutJson.of(impact.out()),
                impact.shootDays().stream().map(d -> new Day(d.date(), d.unitName(), d.number(), d.strips())).toList(),
                impact.calls().stream().map(c -> new Call(c.date(), c.start(), c.minutes(), c.numberId(),
                        c.numberTitle())).toList(),
                impact.parts().stream().map(p -> new Part(p.partId(), p.partName().in(messages, locale),
                        p.danceNumberId(), p.numberTitle(),
                        cover(p.proposed()), cover(p.standingIn()))).toList(),
                impact.coversIn());
    }

    private static Cover cover(DancerOutImpact.Cover cover) {
        return cover == null ? null : new Cover(cover.characterId(), cover.label(), cover.ready(), cover.hoursNeeded());
    }
}
