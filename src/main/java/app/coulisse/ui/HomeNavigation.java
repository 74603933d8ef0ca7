package app.coulisse.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;

/**
 * The way home (the route ""), found by its path at run time, so shared screens and other features
 * link to the season without naming the view that serves it.
 */
public final class HomeNavigation {

    /** The home route. */
    public static final String ROUTE = "";

    private HomeNavigation() {
    }

    /** The view registered at the home route. */
    public static Class<? extends Component> view() {
        return RouteConfiguration.forApplicationScope().getRoute(ROUTE)
                .orElseThrow(() -> new IllegalStateException("No view is registered at the home route"));
    }

    /** A link home with the given text. */
    public static RouterLink link(String text) {
        return new RouterLink(text, view());
    }
}
