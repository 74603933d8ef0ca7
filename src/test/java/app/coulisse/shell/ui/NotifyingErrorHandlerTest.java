package app.coulisse.shell.ui;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.core.DomainException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class NotifyingErrorHandlerTest extends KaribuTest {

    @Test
    void every_session_gets_the_notifying_error_handler() {
        loginAs("writer");
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(NotifyingErrorHandler.class);
    }

    @Test
    void an_unexpected_exception_becomes_a_short_translated_notification_without_trace() {
        loginAs("writer");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("NPE at line 42")));

        expectNotifications("Something went wrong on our side. Nothing was changed; please try again.");
    }

    @Test
    void a_broken_rule_is_shown_in_the_users_language_with_its_arguments() {
        loginAs("writer");
        UI.getCurrent().setLocale(Locale.FRENCH);
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new RuntimeException(new DomainException("episode.number.taken", "101"))));

        expectNotifications("L'épisode 101 existe déjà.");
    }

    @Test
    void a_concurrent_save_is_explained_as_a_conflict() {
        loginAs("writer");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new ObjectOptimisticLockingFailureException("Scene", 1L)));

        expectNotifications("Someone else saved this in the meantime. Your changes are still on screen: reload to see theirs, then apply yours again.");
    }

    @Test
    void a_unique_rule_broken_by_a_concurrent_request_is_the_same_notification_as_the_api_message() {
        loginAs("writer");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(
                new org.springframework.dao.DataIntegrityViolationException(
                        "Unique index or primary key violation: \"PUBLIC.UK_EPISODE_NUMBER_INDEX_A ON PUBLIC.EPISODE\""))));

        expectNotifications("Someone else has just created an episode with this number. Nothing was saved: choose another number.");
    }

    @Test
    void a_lock_lost_to_a_concurrent_request_is_explained_as_a_conflict() {
        loginAs("writer");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new org.springframework.dao.CannotAcquireLockException("Timeout trying to lock table")));

        expectNotifications("Someone else saved this in the meantime. Your changes are still on screen: reload to see theirs, then apply yours again.");
    }
}
