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
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
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
            "events.css",
            "reading-settings.css",
            "forms.css",
            "workspace.css",
            "search.css",
            "print.css",
            "forced-colours.css");

    /**
     * The site's icon (bin/icons.sh draws the ICO and the PNG from the SVG): linked from every page's head under
     * hashed names, and also served at the fixed addresses browsers ask for without a link ({@code /favicon.ico},
     * {@code /apple-touch-icon.png}).
     */
    public static final List<String> ICONS = List.of("icon.svg", "favicon.ico", "apple-touch-icon.png");

    /** The assets by the name pages link them by, each made of these files under {@code assets/}, in order. */
    static final Map<String, List<String>> SOURCES = sources();

    private static Map<String, List<String>> sources() {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put(
                "site.css",
                STYLESHEET_PARTS.stream().map(part -> "site/" + part).toList());
        sources.put("reader.js", List.of("reader.js"));
        ICONS.forEach(icon -> sources.put(icon, List.of("icons/" + icon)));
        return sources;
    }

    /** An asset; {@code gzipped} is null for one that compression would not make smaller (an image). */
    public record Asset(String hashedName, String contentType, byte[] bytes, byte @Nullable [] gzipped, String etag) {}

    private final Map<String, Asset> bySourceName = new LinkedHashMap<>();
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();

    public StaticAssets() {
        for (Map.Entry<String, List<String>> source : SOURCES.entrySet()) {
            String name = source.getKey();
            int dot = name.lastIndexOf('.');
            String extension = name.substring(dot + 1);
            boolean text = !extension.equals("ico") && !extension.equals("png");
            byte[] bytes = read(source.getValue(), text);
            String hash = HexFormat.of().formatHex(sha256(bytes), 0, 6);
            String hashed = name.substring(0, dot) + "-" + hash + name.substring(dot);
            String type = switch (extension) {
                case "css" -> "text/css;charset=UTF-8";
                case "js" -> "text/javascript;charset=UTF-8";
                case "svg" -> "image/svg+xml";
                case "ico" -> "image/x-icon";
                case "png" -> "image/png";
                default -> throw new IllegalStateException("No content type for " + name);
            };
            Asset asset = new Asset(hashed, type, bytes, text ? gzip(bytes) : null, "\"" + hash + "\"");
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

    /** The asset by the name it is written under ({@code favicon.ico}), for the addresses that carry no hash. */
    public Optional<Asset> bySourceName(String sourceName) {
        return Optional.ofNullable(bySourceName.get(sourceName));
    }

    /**
     * Links the site's icon into a page's head: the SVG for browsers that take it, the ICO for the others (its
     * {@code sizes} keeps browsers that read both from preferring it) and the touch icon for home screens.
     *
     * @param root the site's root as the page's links start ({@code /}), or empty for links relative to the base
     */
    public void linkIcons(Element head, String root) {
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("href", root + path("favicon.ico"))
                .attr("sizes", "16x16 32x32 48x48");
        head.appendElement("link")
                .attr("rel", "icon")
                .attr("href", root + path("icon.svg"))
                .attr("type", "image/svg+xml");
        head.appendElement("link").attr("rel", "apple-touch-icon").attr("href", root + path("apple-touch-icon.png"));
    }

    private static byte[] read(List<String> files, boolean text) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (String file : files) {
            try (InputStream in = new ClassPathResource("assets/" + file).getInputStream()) {
                in.transferTo(joined);
                if (text) {
                    joined.write('\n');
                }
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
