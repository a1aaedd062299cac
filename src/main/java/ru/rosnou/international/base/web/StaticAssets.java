package ru.rosnou.international.base.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The site's own stylesheet and reader script, read once at start-up and served under names that carry a hash
 * of their content ({@code site-3f9a1c2b.css}), so browsers may keep them for a year and still never use an old
 * one. Each is also kept gzipped, so serving one costs no compression work.
 */
@Component
public class StaticAssets {

    /** The assets by their source name under {@code src/main/resources/assets}. */
    static final String[] NAMES = {"site.css", "reader.js"};

    public record Asset(String hashedName, String contentType, byte[] bytes, byte[] gzipped, String etag) {
    }

    private final Map<String, Asset> bySourceName = new LinkedHashMap<>();
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();

    public StaticAssets() {
        for (String name : NAMES) {
            byte[] bytes = read(name);
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

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource("assets/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The asset " + name + " is missing from the build", e);
        }
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
