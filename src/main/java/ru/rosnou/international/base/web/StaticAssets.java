package ru.rosnou.international.base.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The site's own stylesheet and reader script, read once at start-up and served under names that carry a hash
 * of their content ({@code site-3f9a1c2b.css}), so browsers may keep them for a year and still never use an old
 * one. Each is also kept gzipped, so serving one costs no compression work. The stylesheet is written in parts by
 * topic ({@code assets/site/*.css}) and served as one file, in the order of {@link #STYLESHEET_PARTS}: one request,
 * and the cascade as if it were written in one.
 */
@Component
public class StaticAssets {

    /**
     * Settings first (sizes, colours), then the frame, the pages, the reader's settings, forms, print; forced colours
     * last, so that no part's own drawing of a control (a radio drawn with {@code appearance: none}) comes after the
     * rule that gives the system's controls back.
     */
    static final List<String> STYLESHEET_PARTS = List.of(
            "settings.css",
            "base.css",
            "reading.css",
            "reading-settings.css",
            "forms.css",
            "workspace.css",
            "search.css",
            "print.css",
            "forced-colours.css");

    /** The assets by the name pages link them by, each made of these files under {@code assets/}, in order. */
    static final Map<String, List<String>> SOURCES = sources();

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put(
                "site.css",
                STYLESHEET_PARTS.stream().map(part -> "site/" + part).toList());
        sources.put("reader.js", List.of("reader.js"));
        return sources;
    }

    public record Asset(String hashedName, String contentType, byte[] bytes, byte[] gzipped, String etag) {}

    private final Map<String, Asset> bySourceName = new LinkedHashMap<>();
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();

    public StaticAssets() {
        for (Map.Entry<String, List<String>> source : SOURCES.entrySet()) {
            String name = source.getKey();
            byte[] bytes = read(source.getValue());
            String hash = HexFormat.of().formatHex(sha256(bytes), 0, 6);
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "-" + hash + name.substring(dot);
            String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
            Asset asset = new Asset(hashed, type, bytes, gzip(bytes), "\"" + hash + "\"");
            bySourceName.put(name, asset);
            byHashedName.put(hashed, asset);
        }
    }

    /** The path to link to, such as {@code assets/site-3f9a1c2b.css} (relative to the site's root). */
    public String path(String sourceName) {
        Asset asset = bySourceName.get(sourceName);
        if (asset == null) {
            throw new IllegalArgumentException("No asset " + sourceName);
        }
        return AssetController.PREFIX + asset.hashedName();
    }

    public Optional<Asset> byHashedName(String hashedName) {
        return Optional.ofNullable(byHashedName.get(hashedName));
    }

    private static byte[] read(List<String> files) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (String file : files) {
            try (InputStream in = new ClassPathResource("assets/" + file).getInputStream()) {
                in.transferTo(joined);
                joined.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException("The asset " + file + " is missing from the build", e);
            }
        }
        return joined.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
