package ru.rosnou.international.news.media.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.news.media.domain.MediaFile;
import ru.rosnou.international.news.media.domain.MediaFileRepository;
import ru.rosnou.international.news.media.domain.MediaPublicNames;

/**
 * Accepts images for articles: PNG, JPEG or WebP as their bytes show (the name and the browser's claim are
 * not trusted; SVG is refused because it can carry script), at most {@link #MAX_BYTES} and 40 megapixels, kept
 * only as far as they decode and without their metadata ({@link UploadedImages}). An image is public once an
 * article that shows it is; before that only editors see it.
 */
@Service
@Transactional
public class ImageService {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Where images are published: {@code /media/} and the public name. */
    public static final String PATH = "/" + SiteAddresses.MEDIA;

    private final MediaFileRepository media;
    private final ArticleRepository articles;
    private final Clock clock;

    public ImageService(MediaFileRepository media, ArticleRepository articles, Clock clock) {
        this.media = media;
        this.articles = articles;
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
        UploadedImages.Checked checked = UploadedImages.check(data, type.get());
        if (checked instanceof UploadedImages.Refused refused) {
            return new StoreResult(null, refused.messageKey());
        }
        MediaFile saved = media.save(new MediaFile(
                MediaPublicNames.newName(), type.get(), ((UploadedImages.Clean) checked).data(), clock.instant()));
        return new StoreResult(PATH + saved.getPublicName(), null);
    }

    /**
     * The image under a public name: for everyone once a published article shows it, for editors (who see
     * their drafts) at once. Empty otherwise, as for a name that does not exist, so that nothing tells them apart.
     */
    @Transactional(readOnly = true)
    public Optional<Image> load(String publicName, boolean forEditor) {
        return media.findByPublicName(publicName)
                .filter(file -> forEditor || articles.isImagePublished(PATH + file.getPublicName()))
                .map(file -> new Image(file.getContentType(), file.getData()));
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
        return Arrays.equals(
                Arrays.stream(expected).map(b -> b & 0xFF).toArray(),
                IntStream.range(0, expected.length)
                        .map(i -> data[offset + i] & 0xFF)
                        .toArray());
    }

    public record StoreResult(String src, String errorKey) {}

    public record Image(String contentType, byte[] data) {}
}
