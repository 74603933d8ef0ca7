package app.coulisse.sides.ui;

import app.coulisse.export.BreakdownExportService;
import app.coulisse.schedule.DayType;
import app.coulisse.schedule.ProductionPlan;
import app.coulisse.schedule.ui.ShootDayItem;
import app.coulisse.sides.SidesService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** On a shoot day with strips: its sides, and a performer's own sides once they are picked. */
@org.springframework.stereotype.Component
class SidesDayItem implements ShootDayItem {

    private final SidesService sides;

    SidesDayItem(SidesService sides) {
        this.sides = sides;
    }

    @Override
    public Optional<Component> create(int seasonNumber, ProductionPlan.BoardDay day) {
        if (day.type() != DayType.SHOOT || day.strips().isEmpty()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        Anchor all = link(seasonNumber, day.id(), null, ui.getLocale());
        all.add(VaadinIcon.FILE_TEXT_O.create(), new Span(ui.getTranslation("sides.action.day")));
        all.setId("sides-day-" + day.id());

        Anchor theirs = new Anchor();
        theirs.setId("sides-performer-day-" + day.id());
        theirs.addClassName("download-link");
        theirs.add(VaadinIcon.DOWNLOAD.create());
        theirs.setEnabled(false);
        ComboBox<SidesService.Performer> performer = new ComboBox<>();
        performer.setId("sides-for-day-" + day.id());
        performer.setPlaceholder(ui.getTranslation("sides.action.performer"));
        performer.setAriaLabel(ui.getTranslation("sides.action.performer"));
        performer.setItemLabelGenerator(SidesService.Performer::label);
        // Read when the list is opened, not for every day the grid shows.
        performer.setItems(query -> sides.performers(seasonNumber, day.id()).stream().skip(query.getOffset())
                .limit(query.getLimit()));
        performer.addValueChangeListener(e -> {
            theirs.setEnabled(e.getValue() != null);
            if (e.getValue() != null) {
                theirs.setHref(handler(seasonNumber, day.id(), e.getValue().castId(), ui.getLocale()),
                        AttachmentType.DOWNLOAD);
            }
        });
        HorizontalLayout item = new HorizontalLayout(all, performer, theirs);
        item.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return Optional.of(item);
    }

    private Anchor link(int seasonNumber, long dayId, Integer castId, Locale locale) {
        Anchor link = new Anchor(handler(seasonNumber, dayId, castId, locale), AttachmentType.DOWNLOAD, "");
        link.addClassName("download-link");
        return link;
    }

    private DownloadHandler handler(int seasonNumber, long dayId, Integer castId, Locale locale) {
        return event -> {
            event.setContentType("application/pdf");
            event.getResponse().setHeader("Content-Disposition",
                    BreakdownExportService.attachmentHeader(sides.fileName(seasonNumber, dayId, castId)));
            try (OutputStream out = event.getOutputStream()) {
                sides.print(seasonNumber, dayId, castId, locale, out);
            }
        };
    }
}
