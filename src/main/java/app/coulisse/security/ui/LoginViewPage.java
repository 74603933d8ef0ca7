package app.coulisse.security.ui;

import app.coulisse.security.LoginPage;
import com.vaadin.flow.component.Component;

/** Names {@link LoginView} as the page Vaadin's security configurer sends anonymous users to. */
@org.springframework.stereotype.Component
class LoginViewPage implements LoginPage {

    @Override
    public Class<? extends Component> view() {
        return LoginView.class;
    }
}
