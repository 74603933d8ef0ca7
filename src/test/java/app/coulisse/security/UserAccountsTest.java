package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@AutoConfigureMockMvc
class UserAccountsTest extends SpringAppTest {

    @Autowired
    UserService userService;

    @Autowired
    AppUserRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MockMvc mvc;

    @Test
    void passwords_are_stored_hashed() {
        actAs("showrunner", "SHOWRUNNER");
        userService.createUser("ad1", "First AD", Role.PRODUCTION, "call-sheet-42");

        String stored = users.findByUsername("ad1").orElseThrow().getPasswordHash();
        assertThat(stored).doesNotContain("call-sheet-42").startsWith("$2");
        assertThat(passwordEncoder.matches("call-sheet-42", stored)).isTrue();
    }

    @Test
    void the_demo_writer_can_log_in_with_the_password_from_the_readme() throws Exception {
        mvc.perform(formLogin("/login").user("writer").password("etoile-room")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("writer").password("wrong-password")).andExpect(unauthenticated());
    }

    @Test
    void a_deactivated_user_cannot_log_in() throws Exception {
        actAs("showrunner", "SHOWRUNNER");
        AppUser writer = users.findByUsername("writer").orElseThrow();
        userService.setActive(writer.getId(), false);
        actAsNobody();

        mvc.perform(formLogin("/login").user("writer").password("etoile-room")).andExpect(unauthenticated());

        actAs("showrunner", "SHOWRUNNER");
        userService.setActive(writer.getId(), true);
        actAsNobody();
        mvc.perform(formLogin("/login").user("writer").password("etoile-room")).andExpect(authenticated());
    }

    @Test
    void a_reset_password_replaces_the_old_one() throws Exception {
        actAs("showrunner", "SHOWRUNNER");
        userService.resetPassword(users.findByUsername("production").orElseThrow().getId(), "new-secret-99");
        actAsNobody();

        mvc.perform(formLogin("/login").user("production").password("etoile-office")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("production").password("new-secret-99")).andExpect(authenticated());
    }

    @Test
    void a_writer_cannot_manage_users() {
        actAs("writer", "WRITER");
        assertThatThrownBy(() -> userService.createUser("intruder", "Intruder", Role.SHOWRUNNER, "long-enough-1"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> userService.listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void weak_passwords_and_taken_usernames_are_refused_with_a_message_key() {
        actAs("showrunner", "SHOWRUNNER");
        assertThatThrownBy(() -> userService.createUser("newbie", "Newbie", Role.WRITER, "short"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.too-short");
        assertThatThrownBy(() -> userService.createUser("newbie", "Newbie", Role.WRITER, "newbie-password"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.contains-username");
        assertThatThrownBy(() -> userService.createUser("Writer", "Twin", Role.WRITER, "long-enough-1"))
                .isInstanceOf(DomainException.class).hasMessage("user.username.taken");
    }

    @Test
    void the_showrunner_cannot_lock_themself_out() {
        actAs("showrunner", "SHOWRUNNER");
        long self = users.findByUsername("showrunner").orElseThrow().getId();
        assertThatThrownBy(() -> userService.setActive(self, false)).hasMessage("user.cannot-deactivate-self");
        assertThatThrownBy(() -> userService.changeRole(self, Role.WRITER)).hasMessage("user.cannot-demote-self");
    }
}
