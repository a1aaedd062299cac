package ru.rosnou.international.news.media.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.news.media.service.ImageService;
import ru.rosnou.international.security.Roles;

/**
 * Serves uploaded images under their public names: to everyone once a published article shows them, to
 * editors at once. An image never changes under its name, but may stop being public when its article is
 * unpublished, so shared caches keep it a day, not a year.
 */
@RestController
public class MediaController {

    private final ImageService images;

    public MediaController(ImageService images) {
        this.images = images;
    }

    @GetMapping(ImageService.PATH + "{name}")
    public ResponseEntity<byte[]> image(@PathVariable("name") String name, HttpServletRequest request) {
        boolean editor = request.isUserInRole(Roles.EDITOR);
        return images.load(name, editor)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(
                                editor
                                        ? CacheControl.maxAge(Duration.ofHours(1))
                                                .cachePrivate()
                                        : CacheControl.maxAge(Duration.ofDays(1))
                                                .cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.data()))
                .orElse(ResponseEntity.notFound().build());
    }
}
