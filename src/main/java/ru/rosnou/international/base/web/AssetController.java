package ru.rosnou.international.base.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
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
public class AssetController {

    public static final String PREFIX = "assets/";
    static final Duration FIXED_NAME_LIFETIME = Duration.ofDays(30);

    private final StaticAssets assets;

    public AssetController(StaticAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/" + PREFIX + "{name:.+}")
    public ResponseEntity<byte[]> asset(@PathVariable String name, HttpServletRequest request) {
        return assets.byHashedName(name)
                .map(asset -> send(
                        asset,
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable(),
                        request))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
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
        String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        byte[] gzipped = asset.gzipped();
        boolean gzip = gzipped != null && accepted != null && accepted.contains("gzip");
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
