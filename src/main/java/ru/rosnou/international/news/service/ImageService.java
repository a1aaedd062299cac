package ru.rosnou.international.news.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.news.domain.MediaFile;
import ru.rosnou.international.news.domain.MediaFileRepository;

/**
 * Accepts images for articles: PNG, JPEG or WebP as their bytes show (the name and the browser's claim are
 * not trusted; SVG is refused because it can carry script), at most {@link #MAX_BYTES}.
 */
@Service
@Transactional
public class ImageService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final MediaFileRepository media;
    private final Clock clock;

    public ImageService(MediaFileRepository media, Clock clock) {
        this.media = media;
        this.clock = clock;
    }

    /** Stores an image and returns its public address, or the message key of why it was refused. */
    public StoreResult store(byte[] data) {
        if (data == null || data.length == 0) {
            return new StoreResult(null, "editor.news.image.error.type");
        }
        if (data.length > MAX_BYTES) {
            return new StoreResult(null, "editor.news.image.error.size");
        }
        Optional<String> type = sniff(data);
        if (type.isEmpty()) {
            return new StoreResult(null, "editor.news.image.error.type");
        }
        MediaFile saved = media.save(new MediaFile(type.get(), data, clock.instant()));
        return new StoreResult("/media/" + saved.getId(), null);
    }

    @Transactional(readOnly = true)
    public Optional<Image> load(long id) {
        return media.findById(id).map(file -> new Image(file.getContentType(), file.getData()));
    }

    static Optional<String> sniff(byte[] data) {
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(data, 0, 'R', 'I', 'F', 'F') && startsWith(data, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        return Arrays.equals(Arrays.stream(expected).map(b -> b & 0xFF).toArray(),
                java.util.stream.IntStream.range(0, expected.length).map(i -> data[offset + i] & 0xFF).toArray());
    }

    public record StoreResult(String src, String errorKey) {
    }

    public record Image(String contentType, byte[] data) {
    }
}
