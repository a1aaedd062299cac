package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@link StaticAssets}: cached for a year (the name changes with the content), gzipped when accepted. The
 * icon is also answered at the addresses browsers ask for by themselves, cached for {@link #FIXED_NAME_LIFETIME}
 * there, since that name stays when the icon changes.
 */
@RestController
public class AssetController implements QuickAnswers.Source {

    public static final String PREFIX = SiteAddresses.ASSETS;
    static final Duration FIXED_NAME_LIFETIME = Duration.ofDays(30);
    private static final String ASSET = "asset";
    private static final CacheControl FOR_A_YEAR =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final StaticAssets assets;

    public AssetController(StaticAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/" + PREFIX + "{name:.+}")
    public ResponseEntity<byte[]> asset(@PathVariable String name, HttpServletRequest request) {
        QuickAnswers.given(request, ASSET);
        return assets.byHashedName(name)
                .map(asset -> send(asset, FOR_A_YEAR, request))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }

    @Override
    public String kind() {
        return ASSET;
    }

    /**
     * A hashed asset before any other filter ({@link QuickAnswers}), with the same headers as {@link #asset}; a
     * revalidation (rare: the name changes with the content) and HEAD are left to it.
     */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response, QuickAnswers quick)
            throws IOException {
        String prefix = request.getContextPath() + "/" + PREFIX;
        String uri = request.getRequestURI();
        if (!uri.startsWith(prefix)
                || !request.getMethod().equals("GET")
                || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null) {
            return false;
        }
        Optional<StaticAssets.Asset> found = assets.byHashedName(uri.substring(prefix.length()));
        if (found.isEmpty()) {
            return false;
        }
        StaticAssets.Asset asset = found.get();
        byte[] gzipped = asset.gzipped();
        boolean gzip = gzipped != null && accepts(request);
        byte[] body = gzip ? gzipped : asset.bytes();
        quick.writeChainHeaders(ASSET, request, response);
        response.setHeader(HttpHeaders.CACHE_CONTROL, FOR_A_YEAR.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        TaggedBodies.send(request, response, HttpServletResponse.SC_OK, asset.etag(), asset.contentType(), body);
        return true;
    }

    private static boolean accepts(HttpServletRequest request) {
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accepted != null && accepted.contains("gzip");
    }

    /** The icon where browsers look for it without a link, and where home screens look for a touch icon. */
    @GetMapping({"/favicon.ico", "/apple-touch-icon.png"})
    public ResponseEntity<byte[]> icon(HttpServletRequest request) {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        return send(
                assets.bySourceName(name).orElseThrow(),
                CacheControl.maxAge(FIXED_NAME_LIFETIME).cachePublic(),
                request);
    }

    private static ResponseEntity<byte[]> send(
            StaticAssets.Asset asset, CacheControl cache, HttpServletRequest request) {
        byte[] gzipped = asset.gzipped();
        boolean gzip = gzipped != null && accepts(request);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, asset.contentType())
                .cacheControl(cache)
                .eTag(asset.etag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(gzip ? gzipped : asset.bytes());
    }
}
