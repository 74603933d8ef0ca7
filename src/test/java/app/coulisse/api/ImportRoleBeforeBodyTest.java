package app.coulisse.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.coulisse.SpringAppTest;
import app.coulisse.season.SeasonService;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Issue 27: the import refuses a role that may not import before it reads a byte of the body. */
class ImportRoleBeforeBodyTest extends SpringAppTest {

    @Autowired
    EpisodeApiController api;
    @Autowired
    SeasonService seasonService;

    @Test
    void the_production_office_is_refused_before_the_body_is_read() {
        actAs("showrunner", "SHOWRUNNER");
        long pilot = seasonService.episodeSummaries().getFirst().id();
        AtomicLong read = new AtomicLong();
        InputStream body = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                read.addAndGet(length);
                return length;
            }
        };
        actAs("production", "PRODUCTION");

        Throwable refusal = catchThrowable(() -> api.importScreenplay(pilot, body, "a.fountain", null, "append",
                null, true, false));

        assertThat(refusal).isInstanceOf(AccessDeniedException.class);
        assertThat(read.get()).as("bytes of the body read").isZero();
    }
}
