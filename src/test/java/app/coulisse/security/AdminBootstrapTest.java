package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

    private final UserService userService = mock(UserService.class);

    @Test
    void without_demo_data_or_admin_variables_an_empty_database_refuses_to_start() {
        when(userService.hasActiveShowrunner()).thenReturn(false);
        AdminBootstrap bootstrap = new AdminBootstrap(userService, "", "", false);

        assertThatThrownBy(() -> bootstrap.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("COULISSE_ADMIN_USER");
    }

    @Test
    void the_admin_variables_create_a_showrunner_even_without_demo_data() {
        AdminBootstrap bootstrap = new AdminBootstrap(userService, "headwriter", "a-strong-secret", false);

        bootstrap.run(null);

        verify(userService).ensureShowrunner("headwriter", "a-strong-secret");
    }

    @Test
    void a_database_that_already_has_a_showrunner_starts_without_variables() {
        when(userService.hasActiveShowrunner()).thenReturn(true);
        AdminBootstrap bootstrap = new AdminBootstrap(userService, "", "", false);

        assertThatCode(() -> bootstrap.run(null)).doesNotThrowAnyException();
    }
}
