package app.coulisse.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One performer's calls as an iCalendar (RFC 5545) file, written with biweekly: each shoot day they work and each
 * travel day as an all-day event, each rehearsal and fitting at its time (floating, the wall-clock of wherever the
 * call is).
 */
final class PerformerCalendar {

    private PerformerCalendar() {
    }

    static String of(ProductionPlan plan, int castId, String productTitle, Function<String, String> labels) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Coulisse//" + productTitle + "//EN");
        for (ProductionPlan.BoardDay day : plan.days()) {
            List<ProductionPlan.Strip> mine = day.strips().stream().filter(s -> s.castIds().contains(castId)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            VEvent event = allDay(calendar, day.date(), "shoot-" + day.id() + "-" + castId);
            event.setSummary(labels.apply("shoot") + " " + day.number() + " — " + day.unitName());
            event.setDescription(mine.stream().map(ProductionPlan.Strip::label).collect(Collectors.joining(", ")));
        }
        for (ProductionPlan.Call call : plan.calls()) {
            if (call.castIds().contains(castId)) {
                VEvent event = timed(calendar, call.date().atTime(call.start()), call.minutes(),
                        "rehearsal-" + call.id() + "-" + castId);
                event.setSummary(labels.apply("rehearsal") + " — " + call.numberTitle());
                event.setLocation(call.studio());
            }
        }
        for (ProductionPlan.Fitting fitting : plan.fittings()) {
            if (fitting.castId() == castId) {
                VEvent event = timed(calendar, fitting.date().atTime(fitting.start()), fitting.minutes(),
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

    private static VEvent allDay(ICalendar calendar, LocalDate date, String uid) {
        VEvent event = new VEvent();
        event.setUid(uid + "@coulisse");
        event.setDateStart(new DateStart(toDate(date.atStartOfDay()), false));
        event.setDateEnd(new DateEnd(toDate(date.plusDays(1).atStartOfDay()), false));
        calendar.addEvent(event);
        return event;
    }

    private static VEvent timed(ICalendar calendar, LocalDateTime start, int minutes, String uid) {
        VEvent event = new VEvent();
        event.setUid(uid + "@coulisse");
        DateStart begins = new DateStart(toDate(start), true);
        DateEnd ends = new DateEnd(toDate(start.plusMinutes(minutes)), true);
        event.setDateStart(begins);
        event.setDateEnd(ends);
        calendar.getTimezoneInfo().setFloating(begins, true);
        calendar.getTimezoneInfo().setFloating(ends, true);
        calendar.addEvent(event);
        return event;
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }
}
