package ru.rosnou.international.news.media.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
public class ImageServiceTest {

    /** The smallest valid PNG: one transparent pixel. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    /** A 1 × 1 lossless WebP. */
    static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Autowired
    ImageService images;

    @Autowired
    NewsEditorService editor;

    @Test
    void aRealImageIsStoredUnderAnUnguessableNameAndIsPublicOnlyOnceAPublishedArticleShowsIt() {
        ImageService.StoreResult stored = images.store(PNG);

        assertThat(stored.errorKey()).isNull();
        assertThat(stored.src()).matches("/media/[A-Za-z0-9_-]{22}");
        assertThat(images.store(PNG).src()).as("every upload a name of its own").isNotEqualTo(stored.src());
        String name = stored.src().substring("/media/".length());
        assertThat(images.load(name, true)).as("editors see it at once").hasValueSatisfying(image -> {
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.data()).isEqualTo(PNG);
        });
        assertThat(images.load(name, false))
                .as("readers do not, while no published article shows it")
                .isEmpty();

        ArticleDraft draft = new ArticleDraft();
        draft.setLanguage(Language.EN);
        draft.setSlug("pictured-for-media");
        draft.setTitle("Pictured");
        draft.setPublishedOn(LocalDate.of(2026, 11, 20));
        draft.setLead("A lead.");
        draft.setBody("<p>Body.</p>");
        draft.getImages().add(new ArticleDraft.ImageDraft(stored.src(), "A pixel", false, ""));
        Long id = editor.save(draft).id();
        assertThat(images.load(name, false))
                .as("a draft does not make it public")
                .isEmpty();
        editor.setPublished(id, true);
        assertThat(images.load(name, false)).isPresent();
        assertThat(images.load("AAAAAAAAAAAAAAAAAAAAAA", true)).isEmpty();
    }

    @Test
    void wrongTypesAndOversizedFilesAreRefusedAndNothingIsStored() {
        assertThat(images.store("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"
                                .getBytes(StandardCharsets.UTF_8))
                        .errorKey())
                .isEqualTo("editor.news.image.error.type");
        assertThat(images.store("GIF89a...".getBytes(StandardCharsets.UTF_8)).errorKey())
                .isEqualTo("editor.news.image.error.type");
        assertThat(images.store(new byte[0]).errorKey()).isEqualTo("editor.news.image.error.type");
        byte[] huge = new byte[ImageService.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, huge, 0, PNG.length);
        assertThat(images.store(huge).errorKey()).isEqualTo("editor.news.image.error.size");
    }

    @Test
    void onlyWhatDecodesIsStoredAndADecompressionBombIsRefusedUnpacked() {
        byte[] pngMagicAndHtml =
                ("\u0089PNG\r\n\u001a\n<html><script>alert(1)</script></html>").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(images.store(pngMagicAndHtml).errorKey()).isEqualTo("editor.news.image.error.type");
        byte[] truncated = Arrays.copyOf(PNG, PNG.length - 20);
        assertThat(images.store(truncated).errorKey()).isEqualTo("editor.news.image.error.type");

        // 30000 × 30000 pixels announced by an image of a few hundred bytes.
        byte[] bomb = png(
                chunk("IHDR", bytes(0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 0, 0, 0, 0)),
                chunk("IDAT", new byte[] {0x78, (byte) 0x9c, 3, 0, 0, 0, 0, 1}),
                chunk("IEND", new byte[0]));
        assertThat(images.store(bomb).errorKey()).isEqualTo("editor.news.image.error.dimensions");

        assertThat(images.store(WEBP).errorKey()).as("a real WebP decodes").isNull();
    }

    @Test
    void metadataIsTakenOutOnTheWayInAndAPhotosOrientationKept() throws IOException {
        byte[] withText = png(
                chunk("IHDR", Arrays.copyOfRange(PNG, 16, 29)),
                chunk("tEXt", "Location\0Lat 55.75 Lon 37.61".getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(PNG, 33, PNG.length));
        byte[] trailer = "<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withTrailer = Arrays.copyOf(withText, withText.length + trailer.length);
        System.arraycopy(trailer, 0, withTrailer, withText.length, trailer.length);
        byte[] png = storedBytes(withTrailer);
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).doesNotContain("Location", "script");
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(1);

        BufferedImage picture = new BufferedImage(8, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", encoded);
        byte[] plain = encoded.toByteArray();
        byte[] exif = exifWithOrientationAndDescription(6, "Secret garden, 55.75N 37.61E");
        byte[] photo = new byte[plain.length + exif.length];
        // After SOI and JFIF's APP0 (2 + 2 + 16 bytes), as cameras write it.
        System.arraycopy(plain, 0, photo, 0, 20);
        System.arraycopy(exif, 0, photo, 20, exif.length);
        System.arraycopy(plain, 20, photo, 20 + exif.length, plain.length - 20);
        byte[] jpeg = storedBytes(photo);
        String kept = new String(jpeg, StandardCharsets.ISO_8859_1);
        assertThat(kept).doesNotContain("Secret garden").contains("Exif");
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(8);
        assertThat(kept)
                .as("the orientation entry (0x0112, a short, 6)")
                .contains(new String(bytes(0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6), StandardCharsets.ISO_8859_1));

        byte[] webpWithExif = webpWithExif("GPS 55.75 37.61");
        byte[] webp = storedBytes(webpWithExif);
        assertThat(new String(webp, StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "EXIF");
        assertThat(webp[20] & 0x08)
                .as("the extended header no longer announces EXIF")
                .isZero();
    }

    @Test
    void onlyKnownChunksAndSegmentsAreKeptEvenBetweenScansAndAnInventedCriticalChunkRefusesThePng() throws IOException {
        byte[] progressive = progressiveJpeg();
        int secondScan = indexOf(progressive, bytes(0xFF, 0xDA), indexOf(progressive, bytes(0xFF, 0xDA), 0) + 2);
        assertThat(secondScan).as("a progressive JPEG has several scans").isPositive();
        byte[] comment = "Taken at 55.75N 37.61E".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream crafted = new ByteArrayOutputStream();
        crafted.write(progressive, 0, secondScan);
        crafted.writeBytes(exifWithOrientationAndDescription(1, "Hidden between scans"));
        crafted.writeBytes(bytes(0xFF, 0xFE, (comment.length + 2) >>> 8, comment.length + 2));
        crafted.writeBytes(comment);
        crafted.writeBytes(bytes(0xFF, 0xEB, 0, 10, '<', 's', 'c', 'r', 'i', 'p', 't', '>'));
        crafted.write(progressive, secondScan, progressive.length - secondScan);
        byte[] jpeg = storedBytes(crafted.toByteArray());
        assertThat(new String(jpeg, StandardCharsets.ISO_8859_1))
                .doesNotContain("Hidden between scans", "55.75N", "Exif", "<script>");
        assertThat(ImageIO.read(new ByteArrayInputStream(jpeg)).getWidth()).isEqualTo(16);

        byte[] inventedCritical = png(
                chunk("IHDR", Arrays.copyOfRange(PNG, 16, 29)),
                chunk("SCRP", "<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(PNG, 33, PNG.length));
        assertThat(images.store(inventedCritical).errorKey()).isEqualTo("editor.news.image.error.type");
        byte[] unknownAncillary = png(
                chunk("IHDR", Arrays.copyOfRange(PNG, 16, 29)),
                chunk("scRp", "<script>alert(1)</script>".getBytes(StandardCharsets.ISO_8859_1)),
                Arrays.copyOfRange(PNG, 33, PNG.length));
        assertThat(new String(storedBytes(unknownAncillary), StandardCharsets.ISO_8859_1))
                .doesNotContain("script");

        byte[] webp = webpWithExif("GPS 55.75 37.61");
        byte[] extra = "ICCP\u0004\0\0\0abcdSCRP\u0008\0\0\0<script>".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withExtra = Arrays.copyOf(webp, webp.length + extra.length);
        System.arraycopy(extra, 0, withExtra, webp.length, extra.length);
        int riffSize = withExtra.length - 8;
        for (int i = 0; i < 4; i++) {
            withExtra[4 + i] = (byte) (riffSize >>> (8 * i));
        }
        withExtra[20] |= 0x20;
        byte[] keptWebp = storedBytes(withExtra);
        assertThat(new String(keptWebp, StandardCharsets.ISO_8859_1)).doesNotContain("GPS", "ICCP", "SCRP", "script");
        assertThat(keptWebp[20] & 0x2C).as("no dropped chunk announced").isZero();
    }

    /** A 16 × 16 JPEG in progressive mode (several scans), as ImageIO writes it. */
    private static byte[] progressiveJpeg() throws IOException {
        BufferedImage picture = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 3, 0xFF8800);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(encoded)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return encoded.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] part, int from) {
        for (int i = Math.max(0, from); i + part.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private byte[] storedBytes(byte[] upload) {
        ImageService.StoreResult stored = images.store(upload);
        assertThat(stored.errorKey()).isNull();
        return images.load(stored.src().substring("/media/".length()), true)
                .orElseThrow()
                .data();
    }

    static byte[] png(byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Arrays.copyOf(PNG, 8));
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        return out.toByteArray();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(data.length >>> 24, data.length >>> 16, data.length >>> 8, data.length));
        byte[] typeAndData = new byte[4 + data.length];
        System.arraycopy(type.getBytes(StandardCharsets.ISO_8859_1), 0, typeAndData, 0, 4);
        System.arraycopy(data, 0, typeAndData, 4, data.length);
        out.writeBytes(typeAndData);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        long value = crc.getValue();
        out.writeBytes(bytes((int) (value >>> 24), (int) (value >>> 16), (int) (value >>> 8), (int) value));
        return out.toByteArray();
    }

    /** An APP1 EXIF segment (big-endian TIFF) with an orientation and an ASCII image description. */
    static byte[] exifWithOrientationAndDescription(int orientation, String description) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int textOffset = 8 + 2 + 2 * 12 + 4;
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(bytes('M', 'M', 0, 42, 0, 0, 0, 8, 0, 2));
        tiff.writeBytes(
                bytes(0x01, 0x0E, 0, 2, 0, 0, text.length >>> 8, text.length, 0, 0, textOffset >>> 8, textOffset));
        tiff.writeBytes(bytes(0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0));
        tiff.writeBytes(bytes(0, 0, 0, 0));
        tiff.writeBytes(text);
        byte[] payload = tiff.toByteArray();
        int length = 2 + 6 + payload.length;
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.writeBytes(bytes(0xFF, 0xE1, length >>> 8, length, 'E', 'x', 'i', 'f', 0, 0));
        segment.writeBytes(payload);
        return segment.toByteArray();
    }

    /** The 1 × 1 WebP in the extended format, with an EXIF chunk after its image. */
    static byte[] webpWithExif(String exifText) {
        byte[] image = Arrays.copyOfRange(WEBP, 12, WEBP.length);
        byte[] exif = exifText.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes("VP8X".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(bytes(10, 0, 0, 0, 0x18, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        body.writeBytes(image);
        body.writeBytes("EXIF".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(bytes(exif.length, 0, 0, 0));
        body.writeBytes(exif);
        if (exif.length % 2 == 1) {
            body.write(0);
        }
        byte[] content = body.toByteArray();
        ByteArrayOutputStream riff = new ByteArrayOutputStream();
        riff.writeBytes("RIFF".getBytes(StandardCharsets.ISO_8859_1));
        riff.writeBytes(bytes(content.length, content.length >>> 8, content.length >>> 16, content.length >>> 24));
        riff.writeBytes(content);
        return riff.toByteArray();
    }

    static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
