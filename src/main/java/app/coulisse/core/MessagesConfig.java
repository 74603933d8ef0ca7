package app.coulisse.core;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the one set of {@link Messages} injectable, for the API and anything else outside Vaadin. */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean
    Messages messages() {
        return Messages.bundled();
    }
}
