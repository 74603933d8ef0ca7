package app.coulisse.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import org.springframework.security.core.context.SecurityContextHolder;

/** The production area's heading with the links between its four screens, and who may plan. */
final class ProductionHeader {

    private ProductionHeader() {
    }

    static HorizontalLayout of(String heading, Component... extras) {
        HorizontalLayout links = new HorizontalLayout(
                link("production.nav.board", StripboardView.class),
                link("production.nav.days", ShootDaysView.class),
                link("production.nav.dood", DayOutOfDaysView.class),
                link("production.nav.rehearsals", RehearsalPlanView.class));
        links.addClassName("production-links");
        HorizontalLayout header = new HorizontalLayout(new H2(heading), links);
        header.add(extras);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private static RouterLink link(String key, Class<? extends Component> view) {
        RouterLink link = new RouterLink(com.vaadin.flow.component.UI.getCurrent().getTranslation(key), view);
        link.setId("link-" + key.substring(key.lastIndexOf('.') + 1));
        return link;
    }

    /** Whether the user may plan the shoot (the production office and the showrunner), as the services decide. */
    static boolean canPlan() {
        return has("ROLE_PRODUCTION") || has("ROLE_SHOWRUNNER");
    }

    static boolean has(String authority) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(authority));
    }
}
