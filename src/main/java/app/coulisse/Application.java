package app.coulisse;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.PWA;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Spring Boot entry point and Vaadin app shell (Lumo's default theme, no application theme). */
@SpringBootApplication
@PWA(name = "Coulisse", shortName = "Coulisse")
@Meta(name = "color-scheme", content = "light")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
