package app.coulisse.security;

import com.vaadin.flow.component.Component;

/**
 * The view Vaadin's security configurer sends anonymous users to. The view lives with the other views in
 * {@code security.ui}; it hands its class to {@link SecurityConfig} through this bean, so the configuration
 * does not depend on the ui package.
 */
public interface LoginPage {

    /** The login view's class. */
    Class<? extends Component> view();
}
