package app.coulisse.schedule.ui;

import app.coulisse.season.ui.SeasonPicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** The production area's heading: the season picker (shared by the four screens) and the links between them. */
final class ProductionHeader {

    private ProductionHeader() {
    }

    static HorizontalLayout of(String heading, SeasonPicker seasonPicker, Component... extras) {
        HorizontalLayout links = new HorizontalLayout(
                link("production.nav.board", StripboardView.class),
                link("production.nav.days", ShootDaysView.class),
                link("production.nav.dood", DayOutOfDaysView.class),
                link("production.nav.rehearsals", RehearsalPlanView.class),
                link("production.nav.readiness", ReadinessView.class),
                link("production.nav.dancers-out", DancersOutView.class));
        links.addClassName("production-links");
        HorizontalLayout header = new HorizontalLayout(new H2(heading), seasonPicker, links);
        header.add(extras);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        header.addClassName("page-header");
        return header;
    }

    private static RouterLink link(String key, Class<? extends Component> view) {
        RouterLink link = new RouterLink(com.vaadin.flow.component.UI.getCurrent().getTranslation(key), view);
        link.setId("link-" + key.substring(key.lastIndexOf('.') + 1));
        return link;
    }
}
