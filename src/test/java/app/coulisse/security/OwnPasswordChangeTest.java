package app.coulisse.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.coulisse.SpringAppTest;
import app.coulisse.core.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@ExtendWith(OutputCaptureExtension.class)
class OwnPasswordChangeTest extends SpringAppTest {

    @Autowired
    UserService userService;
    @Autowired
    AppUserRepository users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SessionRegistry sessions;

    @Autowired
    LoginAttempts attempts;

    @AfterEach
    void forgetRequest() {
        attempts.clear();
        RequestContextHolder.resetRequestAttributes();
        sessions.removeSessionInformation("writer-here");
        sessions.removeSessionInformation("writer-elsewhere");
    }

    @Test
    void a_user_changes_their_own_password_and_their_other_sessions_end_but_not_this_one() {
        sessions.registerNewSession("writer-here", "writer");
        sessions.registerNewSession("writer-elsewhere", "writer");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, "writer-here"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        actAs("writer", "WRITER");

        userService.changeOwnPassword("etoile-room", "second-position");

        assertThat(passwordEncoder.matches("second-position", hash())).isTrue();
        assertThat(sessions.getSessionInformation("writer-elsewhere").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("writer-here").isExpired()).isFalse();
    }

    @Test
    void a_wrong_current_password_is_refused_and_changes_nothing() {
        actAs("writer", "WRITER");
        String before = hash();
        assertThatThrownBy(() -> userService.changeOwnPassword("not-my-password", "second-position"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.current-wrong");
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void a_new_password_over_bcrypts_72_bytes_is_refused_with_its_message_not_truncated() {
        actAs("writer", "WRITER");
        String before = hash();
        String accented = "é".repeat(40); // 40 characters, 80 bytes: BCrypt would silently ignore the last 8
        assertThatThrownBy(() -> userService.changeOwnPassword("etoile-room", accented))
                .isInstanceOf(DomainException.class).hasMessage("user.password.too-many-bytes");
        assertThatThrownBy(() -> userService.changeOwnPassword("etoile-room", "short"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.too-short");
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void guessing_the_current_password_is_throttled_and_logged(CapturedOutput log) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.5");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        actAs("writer", "WRITER");
        for (int i = 0; i < 5; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> userService.changeOwnPassword(guess, "second-position"))
                    .isInstanceOf(DomainException.class).hasMessage("user.password.current-wrong");
        }

        assertThatThrownBy(() -> userService.changeOwnPassword("etoile-room", "second-position"))
                .as("even the right one, while the guesser waits")
                .isInstanceOf(DomainException.class).hasMessage("user.password.current-throttled");
        assertThat(log.getOut()).contains("Wrong current password: user 'writer' from 203.0.113.5");
        assertThat(passwordEncoder.matches("etoile-room", hash())).isTrue();
    }

    @Test
    void a_commonly_breached_password_is_refused_wherever_a_password_is_set() {
        actAs("writer", "WRITER");
        for (String common : new String[] {"password", "Password1", "qwerty123", "iloveyou", "sunshine1", "azertyuiop"}) {
            assertThatThrownBy(() -> userService.changeOwnPassword("etoile-room", common)).as(common)
                    .isInstanceOf(DomainException.class).hasMessage("user.password.breached");
        }
        actAs("showrunner", "SHOWRUNNER");
        long writer = users.findByUsername("writer").orElseThrow().getId();
        assertThatThrownBy(() -> userService.resetPassword(writer, "baseball1"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.breached");
        assertThatThrownBy(() -> userService.createUser("ines", "Inès", Role.WRITER, "football"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.breached");
        assertThatThrownBy(() -> userService.ensureShowrunner("admin2", "password123"))
                .isInstanceOf(DomainException.class).hasMessage("user.password.breached");
        assertThat(passwordEncoder.matches("etoile-room", hash())).isTrue();
    }

    private String hash() {
        return users.findByUsername("writer").orElseThrow().getPasswordHash();
    }
}
