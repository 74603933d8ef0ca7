package app.coulisse.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One performer's calls as an iCalendar (RFC 5545) file, written with biweekly: each shoot day they work and each
 * travel day as an all-day event, each rehearsal and fitting at its time: the wall-clock of its unit's zone, written
 * as a UTC instant ("…T120000Z"), which every calendar app shows in its own zone (decision record 045). A shoot day
 * whose call sheet is published says the performer's call ("call 06:00").
 */
final class PerformerCalendar {

    private PerformerCalendar() {
    }

    static String of(ProductionPlan plan, Map<Long, Map<Integer, LocalTime>> publishedCalls, int castId,
                     String productTitle, Function<String, String> labels) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Coulisse//" + productTitle + "//EN");
        for (ProductionPlan.BoardDay day : plan.days()) {
            List<ProductionPlan.Strip> mine = day.strips().stream().filter(s -> s.castIds().contains(castId)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            VEvent event = allDay(calendar, day.date(), "shoot-" + day.id() + "-" + castId);
            LocalTime call = publishedCalls.getOrDefault(day.id(), Map.of()).get(castId);
            event.setSummary(labels.apply("shoot") + " " + day.number() + " — " + day.unitName()
                    + (call == null ? "" : " — " + labels.apply("call") + " " + call));
            event.setDescription(mine.stream().map(ProductionPlan.Strip::label).collect(Collectors.joining(", ")));
        }
        for (ProductionPlan.Call call : plan.calls()) {
            if (call.castIds().contains(castId)) {
                VEvent event = timed(calendar, call.date().atTime(call.start()).atZone(call.timeZone()), call.minutes(),
                        "rehearsal-" + call.id() + "-" + castId);
                event.setSummary(labels.apply("rehearsal") + " — " + call.numberTitle());
                event.setLocation(call.studio());
            }
        }
        for (ProductionPlan.Fitting fitting : plan.fittings()) {
            if (fitting.castId() == castId) {
                VEvent event = timed(calendar, fitting.date().atTime(fitting.start()).atZone(fitting.timeZone()),
                        fitting.minutes(),
                        "fitting-" + fitting.id());
                event.setSummary(labels.apply("fitting") + (fitting.note().isEmpty() ? "" : " — " + fitting.note()));
            }
        }
        plan.dayOutOfDays().rows().stream().filter(row -> row.castId() == castId).findFirst().ifPresent(row ->
                row.codes().forEach((date, code) -> {
                    if (code == DoodCode.TR) {
                        allDay(calendar, date, "travel-" + date + "-" + castId).setSummary(labels.apply("travel"));
                    }
                }));
        return Biweekly.write(calendar).go();
    }

    /** A date without a time: biweekly writes it from the day's start in the JVM's zone, so it is read back so. */
    private static VEvent allDay(ICalendar calendar, LocalDate date, String uid) {
        VEvent event = new VEvent();
        event.setUid(uid + "@coulisse");
        event.setDateStart(new DateStart(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()), false));
        event.setDateEnd(new DateEnd(Date.from(date.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()),
                false));
        calendar.addEvent(event);
        return event;
    }

    private static VEvent timed(ICalendar calendar, ZonedDateTime start, int minutes, String uid) {
        VEvent event = new VEvent();
        event.setUid(uid + "@coulisse");
        event.setDateStart(new DateStart(Date.from(start.toInstant()), true));
        event.setDateEnd(new DateEnd(Date.from(start.plusMinutes(minutes).toInstant()), true));
        calendar.addEvent(event);
        return event;
    }
}
