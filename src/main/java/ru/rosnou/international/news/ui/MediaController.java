package ru.rosnou.international.news.ui;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.rosnou.international.news.service.ImageService;

/** Serves uploaded images. They never change once stored, so browsers may keep them for a year. */
@RestController
public class MediaController {

    private final ImageService images;

    public MediaController(ImageService images) {
        this.images = images;
    }

    @GetMapping("/media/{id}")
    public ResponseEntity<byte[]> image(@PathVariable("id") long id) {
        return images.load(id)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.data()))
                .orElse(ResponseEntity.notFound().build());
    }
}
