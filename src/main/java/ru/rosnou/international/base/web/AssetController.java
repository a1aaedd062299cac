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

/** Serves {@link StaticAssets}: cached for a year (the name changes with the content), gzipped when accepted. */
@RestController
public class AssetController {

    public static final String PREFIX = "assets/";

    private final StaticAssets assets;

    public AssetController(StaticAssets assets) {
        this.assets = assets;
    }

    @GetMapping("/" + PREFIX + "{name:.+}")
    public ResponseEntity<byte[]> asset(@PathVariable String name, HttpServletRequest request) {
        return assets.byHashedName(name)
                .map(asset -> {
                    String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
                    boolean gzip = accepted != null && accepted.contains("gzip");
                    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                            .header(HttpHeaders.CONTENT_TYPE, asset.contentType())
                            .cacheControl(CacheControl.maxAge(Duration.ofDays(365))
                                    .cachePublic()
                                    .immutable())
                            .eTag(asset.etag())
                            .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                    if (gzip) {
                        response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
                    }
                    return response.body(gzip ? asset.gzipped() : asset.bytes());
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
