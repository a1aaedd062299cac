package ru.rosnou.international.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An upload is read up to its limit and no further, however much the client sends. */
class BoundedUploadHandlerTest {

    /** A body of a gigabyte that counts what is read of it. */
    private static final class Endless extends InputStream {
        final AtomicLong read = new AtomicLong();

        @Override
        public int read() {
            return read.getAndIncrement() < 1L << 30 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int n = (int) Math.min(length, (1L << 30) - read.get());
            if (n <= 0) {
                return -1;
            }
            read.addAndGet(n);
            return n;
        }
    }

    private static UploadEvent rawUpload(InputStream body, VaadinResponse response) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        return new UploadEvent(
                request, response, mock(VaadinSession.class), "huge.png", -1, "image/png", null, null, null);
    }

    @Test
    void aBodyOverTheLimitIsReadOnlyToTheLimitAndRefusedWith413() throws IOException {
        Endless body = new Endless();
        VaadinResponse response = mock(VaadinResponse.class);
        AtomicReference<String> refused = new AtomicReference<>();
        AtomicReference<byte[]> received = new AtomicReference<>();
        BoundedUploadHandler handler = new BoundedUploadHandler(1024, (name, data) -> received.set(data), refused::set);

        handler.handleUploadRequest(rawUpload(body, response));

        assertThat(body.read.get()).as("bytes read of a 1 GB body").isEqualTo(1025);
        assertThat(refused.get()).isEqualTo("huge.png");
        assertThat(received.get()).isNull();
        verify(response).setStatus(413);
    }

    @Test
    void aBodyWithinTheLimitIsReceivedWhole() throws IOException {
        AtomicReference<byte[]> received = new AtomicReference<>();
        BoundedUploadHandler handler = new BoundedUploadHandler(1024, (name, data) -> received.set(data), name -> {});
        handler.handleUploadRequest(rawUpload(new ByteArrayInputStream(new byte[1024]), mock(VaadinResponse.class)));
        assertThat(received.get()).hasSize(1024);
    }
}
