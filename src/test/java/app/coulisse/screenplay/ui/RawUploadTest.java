package app.coulisse.screenplay.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.coulisse.KaribuTest;
import app.coulisse.screenplay.ScreenplayImportService;
import app.coulisse.screenplay.TestFiles;
import app.coulisse.season.EpisodeSummary;
import app.coulisse.season.SeasonService;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.TransferUtil;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The import view's upload, fed the way a hostile client sends it: a raw (non-multipart) POST body through
 * Vaadin's own upload dispatch ({@link TransferUtil#handleUpload}), the body generated as it is read and the bytes
 * read counted. A 2 GB body is refused after at most the limit + 1 bytes, one that declares 2 GB before any byte.
 */
class RawUploadTest extends KaribuTest {

    private static final long TWO_GB = 2L * 1024 * 1024 * 1024;

    @Autowired
    SeasonService seasonService;

    @Test
    void a_2_gb_body_of_unknown_length_is_refused_after_reading_no_more_than_the_limit() {
        openImport();

        Body body = Body.of(TWO_GB);
        Answer answer = post(body, -1, "huge.fountain");

        assertThat(body.read).isLessThanOrEqualTo(ScreenplayImportService.MAX_FILE_BYTES + 1L);
        assertThat(answer.status).isEqualTo(422);
        assertThat(answer.body).contains("huge.fountain").contains("The file is over 5 MB");
        expectNotifications("The file is over 5 MB, far more than any screenplay. Check that this is the right file.");
        _assertNone(VerticalLayout.class, spec -> spec.withId("preview"));
    }

    @Test
    void a_body_that_declares_2_gb_is_refused_before_a_byte_is_read_with_the_french_message() {
        openImport(Locale.FRENCH);

        Body body = Body.of(TWO_GB);
        Answer answer = post(body, TWO_GB, "enorme.fdx");

        assertThat(body.read).isZero();
        assertThat(answer.status).isEqualTo(422);
        expectNotifications(UI.getCurrent().getTranslation("screenplay.import.too-large", 5));
        assertThat(UI.getCurrent().getTranslation("screenplay.import.too-large", 5)).startsWith("Le fichier");
    }

    @Test
    void a_screenplay_under_the_limit_sent_the_same_raw_way_is_read_and_previewed() {
        openImport();
        byte[] file = TestFiles.bytes("etoile-101.fountain");

        Body body = Body.of(file);
        Answer answer = post(body, file.length, "etoile-101.fountain");

        assertThat(body.read).isEqualTo(file.length);
        assertThat(answer.status).isEqualTo(200);
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("preview")).isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private void openImport() {
        openImport(Locale.ENGLISH);
    }

    @SuppressWarnings("unchecked")
    private void openImport(Locale locale) {
        loginAs("writer");
        UI.getCurrent().setLocale(locale);
        seasonService.createEpisode("163", "Raw upload");
        UI.getCurrent().navigate(ScreenplayImportView.class);
        ComboBox<EpisodeSummary> episode = _get(ComboBox.class, spec -> spec.withId("episode"));
        _setValue(episode, episode.getListDataView().getItems().filter(e -> e.number().equals("163")).findFirst().orElseThrow());
    }

    /** Posts the body as the upload component's XHR does when not multipart, then runs what it queued for the UI. */
    private Answer post(Body body, long declaredLength, String fileName) {
        Upload upload = _get(Upload.class, spec -> spec.withId("upload"));
        UploadHandler handler = UploadKt.get_handler(upload); // the handler the view set, found by the upload's URL
        HttpServletRequest raw = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getContentType" -> "application/octet-stream";
                    case "getHeader" -> switch ((String) args[0]) {
                        case "X-Filename" -> fileName;
                        case "Content-Type" -> "application/octet-stream";
                        default -> null;
                    };
                    case "getContentLengthLong" -> declaredLength;
                    case "getContentLength" -> (int) Math.min(Integer.MAX_VALUE, declaredLength);
                    case "getInputStream" -> body;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> defaultValue(method.getReturnType());
                });
        Answer answer = new Answer();
        VaadinResponse response = (VaadinResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {VaadinResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        answer.status = (Integer) args[0];
                        yield null;
                    }
                    case "getWriter" -> answer.writer;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> defaultValue(method.getReturnType());
                });
        VaadinServletRequest request = new VaadinServletRequest(raw, (VaadinServletService) VaadinService.getCurrent());
        TransferUtil.handleUpload(handler, request, response, VaadinSession.getCurrent(), upload.getElement());
        MockVaadin.clientRoundtrip(false);
        answer.writer.flush();
        answer.body = answer.text.toString();
        return answer;
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private static final class Answer {
        int status = 200;
        final StringWriter text = new StringWriter();
        final PrintWriter writer = new PrintWriter(text);
        String body;
    }

    /** A request body produced as it is read (2 GB is never in memory), counting what was read. */
    private static final class Body extends ServletInputStream {
        private final long size;
        private final byte[] content;
        long read;

        private Body(long size, byte[] content) {
            this.size = size;
            this.content = content;
        }

        static Body of(long size) {
            return new Body(size, null);
        }

        static Body of(byte[] content) {
            return new Body(content.length, content);
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            return content == null ? (read++ % 2 == 0 ? '/' : '*') : content[(int) read++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - read);
            if (content == null) {
                Arrays.fill(buffer, offset, offset + n, (byte) '*');
            } else {
                System.arraycopy(content, (int) read, buffer, offset, n);
            }
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= size;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }
}
