package app.coulisse;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Vaadin makes its security-context strategy the JVM-wide one when a context starts, and each
 * cached test context brings its own: the last one started would hold the login of tests running
 * in another. One strategy for every test context keeps {@code SecurityContextHolder} and method
 * security reading the same place.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContext {

    private static final SecurityContextHolderStrategy STRATEGY = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy vaadinAwareSecurityContextHolderStrategy() {
        return STRATEGY;
    }
}
