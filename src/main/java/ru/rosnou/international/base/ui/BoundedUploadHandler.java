package ru.rosnou.international.base.ui;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Receives an upload into memory, but never more than {@code maxBytes} of it: Vaadin's in-memory handler reads a
 * raw body whole before anyone can look at its size (a 100 MB body took 400 MB of heap). A larger file is refused
 * with 413 as soon as its first byte over the limit arrives, and the view is told, so that it can say so.
 */
public final class BoundedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final BiConsumer<String, byte[]> received;
    private final Consumer<String> tooLarge;

    /**
     * @param received called with the file's name and bytes, on the upload's request thread (use {@code UI.access})
     * @param tooLarge called with the file's name when it is over the limit, on the same thread
     */
    public BoundedUploadHandler(int maxBytes, BiConsumer<String, byte[]> received, Consumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes(maxBytes + 1);
        }
        if (data.length > maxBytes) {
            event.getResponse().setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            tooLarge.accept(event.getFileName());
            return;
        }
        received.accept(event.getFileName(), data);
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        // Keep the refusal's status rather than Vaadin's "200 OK" for a request it handled without an error.
        if (response instanceof VaadinServletResponse servlet
                && servlet.getStatus() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            return;
        }
        UploadHandler.super.responseHandled(success, response);
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
