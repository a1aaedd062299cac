package ru.rosnou.international.news.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
public class ImageServiceTest {

    /** The smallest valid PNG: one transparent pixel. */
    public static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired
    ImageService images;

    @Test
    void aRealImageIsStoredAndServedWithTheTypeItsBytesShow() {
        ImageService.StoreResult stored = images.store(PNG);

        assertThat(stored.errorKey()).isNull();
        assertThat(stored.src()).matches("/media/\\d+");
        long id = Long.parseLong(stored.src().substring("/media/".length()));
        assertThat(images.load(id)).hasValueSatisfying(image -> {
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.data()).isEqualTo(PNG);
        });
        assertThat(ImageService.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00})).contains("image/jpeg");
        assertThat(ImageService.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1))).contains("image/webp");
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefusedAndNothingIsStored() {
        assertThat(images.store("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8)).errorKey()).isEqualTo("editor.news.image.error.type");
        assertThat(images.store("GIF89a...".getBytes(StandardCharsets.UTF_8)).errorKey())
                .isEqualTo("editor.news.image.error.type");
        assertThat(images.store(new byte[0]).errorKey()).isEqualTo("editor.news.image.error.type");
        byte[] huge = new byte[ImageService.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(images.store(huge).errorKey()).isEqualTo("editor.news.image.error.size");
    }
}
