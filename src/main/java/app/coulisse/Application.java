package app.coulisse;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Boot entry point and Vaadin app shell: Lumo as a plain stylesheet, no application theme (no bundle build);
 * server push, so a change one writer commits shows on the others' screens (record 032).
 */
@SpringBootApplication
@PWA(name = "Coulisse", shortName = "Coulisse")
@Meta(name = "color-scheme", content = "light")
@StyleSheet(Lumo.STYLESHEET)
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
