package ru.rosnou.international.news.media.service;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an uploaded image must pass before it is stored: its metadata taken out (EXIF with a camera's location,
 * XMP, comments, text chunks, and anything after the image's end, where a "PNG" can carry HTML), then what is
 * left decoded whole by a real decoder, with its pixel count checked first, so that a small file that would
 * unpack into gigabytes (a decompression bomb) is refused before it is unpacked.
 *
 * <p>Metadata is removed chunk by chunk rather than by encoding the image anew, which would cost a JPEG its
 * quality and need the whole picture in memory. A JPEG's orientation is kept: phones store photos sideways and
 * say so in EXIF.
 */
final class UploadedImages {

    /** 40 megapixels: 8000 × 5000, more than any photo the site shows needs. */
    static final long MAX_PIXELS = 40_000_000L;
    /** The decoder checks every byte, but keeps at most about this many pixels in memory. */
    private static final long CHECKED_PIXELS = 1_000_000L;

    /** The critical chunks: an image with any other critical chunk is not one a browser can show as meant. */
    private static final Set<String> CRITICAL_PNG_CHUNKS = Set.of("IHDR", "PLTE", "IDAT", "IEND");
    /** Ancillary chunks that change how the picture is drawn (colour, transparency, animation); no others. */
    private static final Set<String> KEPT_PNG_CHUNKS =
            Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "pHYs", "bKGD", "acTL", "fcTL", "fdAT");
    /** The WebP chunks of the picture itself; EXIF, XMP, ICC and any unknown chunk are dropped. */
    private static final Set<String> KEPT_WEBP_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF");
    /** VP8X flags of the chunks dropped: ICC profile (0x20), EXIF (0x08), XMP (0x04). */
    private static final int VP8X_DROPPED_FLAGS = 0x2C;

    static {
        // In the packaged jar, the decoders are found only when the application's class loader is asked.
        ImageIO.scanForPlugins();
    }

    private UploadedImages() {}

    /** The image as it may be stored, or the message key of why it may not. */
    sealed interface Checked permits Clean, Refused {}

    record Clean(byte[] data) implements Checked {}

    record Refused(String messageKey) implements Checked {}

    static Checked check(byte[] data, String contentType) {
        byte[] clean;
        try {
            clean = switch (contentType) {
                case "image/png" -> pngWithoutMetadata(data);
                case "image/jpeg" -> jpegWithoutMetadata(data);
                case "image/webp" -> webpWithoutMetadata(data);
                default -> throw new IllegalArgumentException(contentType);
            };
        } catch (RuntimeException malformed) {
            return new Refused("editor.news.image.error.type");
        }
        return decode(clean, contentType);
    }

    private static Checked decode(byte[] data, String contentType) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(contentType);
            if (in == null || !readers.hasNext()) {
                return new Refused("editor.news.image.error.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    return new Refused("editor.news.image.error.type");
                }
                if (pixels > MAX_PIXELS) {
                    return new Refused("editor.news.image.error.dimensions");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / CHECKED_PIXELS));
                param.setSourceSubsampling(Math.max(1, step), Math.max(1, step), 0, 0);
                reader.read(0, param);
                return new Clean(data);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException undecodable) {
            return new Refused("editor.news.image.error.type");
        }
    }

    /**
     * The signature, the critical chunks and those that change how it is drawn, up to IEND; nothing else. A
     * critical chunk no decoder knows (one invented to carry something else) refuses the image.
     */
    static byte[] pngWithoutMetadata(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 8);
        int position = 8;
        while (position + 12 <= data.length) {
            int length = bigEndianInt(data, position);
            String type = new String(data, position + 4, 4, StandardCharsets.ISO_8859_1);
            long total = 12L + length;
            if (length < 0 || position + total > data.length) {
                throw new IllegalArgumentException("truncated PNG chunk");
            }
            boolean critical = Character.isUpperCase(type.charAt(0));
            if (critical && !CRITICAL_PNG_CHUNKS.contains(type)) {
                throw new IllegalArgumentException("unknown critical PNG chunk");
            }
            if (critical || KEPT_PNG_CHUNKS.contains(type)) {
                out.write(data, position, (int) total);
            }
            position += (int) total;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IllegalArgumentException("PNG without IEND");
    }

    /**
     * Only the segments that make the picture: frame headers (SOFn), Huffman and quantisation tables, restart
     * interval, scans with their data, JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and Adobe's colour
     * transform (APP14); every other segment (EXIF, XMP, IPTC, comments, unknown ones) is dropped wherever it
     * stands, also between the scans of a progressive JPEG. The orientation is written anew on its own.
     */
    static byte[] jpegWithoutMetadata(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 2);
        int orientation = 1;
        boolean orientationWritten = false;
        int position = 2;
        while (position + 2 <= data.length) {
            if ((data[position] & 0xFF) != 0xFF) {
                throw new IllegalArgumentException("not a JPEG marker");
            }
            int marker = data[position + 1] & 0xFF;
            if (marker == 0xFF) {
                position++;
                continue;
            }
            if (marker == 0xD9) {
                out.write(data, position, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                // A marker without a length, out of place: nothing to keep.
                position += 2;
                continue;
            }
            int total = segmentLength(data, position);
            if (marker == 0xE1 && orientation == 1) {
                orientation = exifOrientation(Arrays.copyOfRange(data, position + 4, position + total));
            }
            if (!orientationWritten && marker != 0xE0 && !(marker >= 0xE1 && marker <= 0xEF)) {
                writeOrientation(out, orientation);
                orientationWritten = true;
            }
            if (isPicture(marker, data, position + 4, total - 4)) {
                out.write(data, position, total);
            }
            position += total;
            if (marker == 0xDA) {
                int end = endOfScan(data, position);
                out.write(data, position, end - position);
                position = end;
            }
        }
        throw new IllegalArgumentException("JPEG without an end");
    }

    /** Whether a segment is part of the picture (see {@link #jpegWithoutMetadata}). */
    private static boolean isPicture(int marker, byte[] data, int content, int length) {
        boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        return switch (marker) {
            case 0xC4, 0xCC, 0xDB, 0xDD, 0xDA -> true; // DHT, DAC, DQT, DRI, SOS
            case 0xE0 -> startsWithText(data, content, length, "JFIF\0");
            case 0xE2 -> startsWithText(data, content, length, "ICC_PROFILE\0");
            case 0xEE -> startsWithText(data, content, length, "Adobe");
            default -> frame;
        };
    }

    private static boolean startsWithText(byte[] data, int from, int length, String text) {
        byte[] expected = text.getBytes(StandardCharsets.ISO_8859_1);
        return length >= expected.length
                && Arrays.equals(data, from, from + expected.length, expected, 0, expected.length);
    }

    /** Where a scan's entropy-coded data ends: at the first marker that is not a restart or a stuffed byte. */
    private static int endOfScan(byte[] data, int from) {
        for (int i = from; i + 1 < data.length; i++) {
            int next = data[i + 1] & 0xFF;
            if ((data[i] & 0xFF) == 0xFF && next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7)) {
                return i;
            }
        }
        throw new IllegalArgumentException("JPEG without an end");
    }

    /** The segment's whole length, marker included. */
    private static int segmentLength(byte[] data, int position) {
        int total = 2 + ((data[position + 2] & 0xFF) << 8 | (data[position + 3] & 0xFF));
        if (position + total > data.length) {
            throw new IllegalArgumentException("truncated JPEG segment");
        }
        return total;
    }

    /** The EXIF orientation (1 to 8) in an APP1 segment's content, or 1 when it has none. */
    private static int exifOrientation(byte[] app1) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        if (app1.length <= header.length || !Arrays.equals(app1, 0, header.length, header, 0, header.length)) {
            return 1;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(app1, header.length, app1.length - header.length))) {
            Directory exif = new TIFFReader().read(in);
            Entry entry = exif.getEntryById(TIFF.TAG_ORIENTATION);
            int value = entry != null && entry.getValue() instanceof Number n ? n.intValue() : 1;
            return value >= 1 && value <= 8 ? value : 1;
        } catch (IOException | RuntimeException unreadable) {
            return 1;
        }
    }

    /** A minimal EXIF segment that holds the orientation alone, when it is not the normal one. */
    private static void writeOrientation(ByteArrayOutputStream out, int orientation) {
        if (orientation == 1) {
            return;
        }
        // APP1 "Exif", big-endian TIFF header, one IFD entry: Orientation (0x0112), SHORT, 1 value; no next IFD.
        byte[] segment = HexFormat.of()
                .parseHex("FFE10022" + "457869660000" + "4D4D002A00000008" + "0001" + "0112" + "0003" + "00000001"
                        + "00" + HexFormat.of().toHexDigits((byte) orientation) + "0000" + "00000000");
        out.write(segment, 0, segment.length);
    }

    /**
     * The RIFF container with the picture's chunks alone (no EXIF, XMP, ICC profile or unknown chunk), and the
     * extended header no longer announcing what was dropped.
     */
    static byte[] webpWithoutMetadata(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
        out.write(data, 0, 12);
        int position = 12;
        while (position + 8 <= data.length) {
            String fourCc = new String(data, position, 4, StandardCharsets.ISO_8859_1);
            long size = littleEndianInt(data, position + 4) & 0xFFFFFFFFL;
            long total = 8 + size + (size & 1);
            if (position + total > data.length) {
                throw new IllegalArgumentException("truncated WebP chunk");
            }
            if (KEPT_WEBP_CHUNKS.contains(fourCc)) {
                int start = out.size();
                out.write(data, position, (int) total);
                if (fourCc.equals("VP8X")) {
                    byte[] written = out.toByteArray();
                    written[start + 8] &= (byte) ~VP8X_DROPPED_FLAGS;
                    out.reset();
                    out.write(written, 0, written.length);
                }
            }
            position += (int) total;
        }
        byte[] result = out.toByteArray();
        int riffSize = result.length - 8;
        for (int i = 0; i < 4; i++) {
            result[4 + i] = (byte) (riffSize >>> (8 * i));
        }
        return result;
    }

    private static int bigEndianInt(byte[] data, int at) {
        return (data[at] & 0xFF) << 24
                | (data[at + 1] & 0xFF) << 16
                | (data[at + 2] & 0xFF) << 8
                | (data[at + 3] & 0xFF);
    }

    private static int littleEndianInt(byte[] data, int at) {
        return (data[at + 3] & 0xFF) << 24
                | (data[at + 2] & 0xFF) << 16
                | (data[at + 1] & 0xFF) << 8
                | (data[at] & 0xFF);
    }
}
