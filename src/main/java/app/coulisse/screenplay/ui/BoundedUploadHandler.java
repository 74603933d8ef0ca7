package app.coulisse.screenplay.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * An in-memory upload that never holds more than its limit. Vaadin's own {@code UploadHandler.inMemory} copies a
 * raw (non-multipart) request body into memory whatever its size, and the upload component's size check runs in
 * the browser only; this handler refuses a declared size over the limit without reading a byte, and otherwise
 * reads at most limit + 1 bytes, stopping there (the container discards or cuts off the rest). The refusal goes
 * back as Vaadin's rejected-file answer and, in the UI, to {@code refused} (record 034).
 */
final class BoundedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableConsumer<String> refused;
    private final String rejection;

    /**
     * @param maxBytes  the largest file accepted
     * @param received  gets the file name and content, in the UI's lock
     * @param refused   gets the file name of a file over the limit, in the UI's lock
     * @param rejection the (translated) message Vaadin sends back for a refused file
     */
    BoundedUploadHandler(int maxBytes, SerializableBiConsumer<String, byte[]> received,
                         SerializableConsumer<String> refused, String rejection) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
        this.rejection = rejection;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(maxBytes + 1);
        }
        if (content.length > maxBytes) {
            refuse(event, ui, fileName);
            return;
        }
        ui.access(() -> received.accept(fileName, content));
    }

    private void refuse(UploadEvent event, UI ui, String fileName) {
        event.reject(rejection);
        ui.access(() -> refused.accept(fileName == null ? "" : fileName));
    }

    /** Multipart requests are held to the file limit plus room for the part headers. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
