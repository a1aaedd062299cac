package ru.rosnou.international.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.rosnou.international.accessibility.domain.ReadingSettings;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.reading.DrawnPage;

/**
 * Pages as drawn, by address and reading settings, so that a popular article is drawn once, not for every
 * reader. Bounded by size and lifetime; cleared when content changes here (see {@link #contentChanged}); the
 * lifetime bounds how long another instance of the site may show a page from before a change. Counts the pages
 * sent as kept ({@code rosnou.pages.kept}) and times those drawn ({@code rosnou.pages.drawn}), per view.
 */
@Component
class KeptPages {

    /**
     * A page's address and the reader's settings as understood, not the cookie as sent: a page is the same for
     * every way of writing them. All of them, "chosen" included: the defaults chosen on purpose are drawn otherwise
     * than no choice at all. The query as the view reads it: made-up parameters neither draw the page anew nor get
     * into the kept one.
     */
    record Key(String path, String query, ReadingSettings settings) {}

    private final MeterRegistry metrics;
    private final Map<String, Counter> keptCounters = new ConcurrentHashMap<>();
    private final Cache<Key, DrawnPage> pages;
    /** Counts content changes, so that a page drawn before one is not kept after it. */
    private final AtomicLong contentVersion = new AtomicLong();

    KeptPages(MeterRegistry metrics, KeptPageSettings settings) {
        this.metrics = metrics;
        Duration pageLifetime = settings.cacheLifetime();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(pageLifetime.isZero() ? 0 : 32L * 1024 * 1024)
                .weigher((Key key, DrawnPage page) -> page.html().length)
                .expireAfterWrite(pageLifetime.isZero() ? Duration.ofNanos(1) : pageLifetime)
                .build();
    }

    /** Something readers see has changed: pages drawn before are not served again. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    public void contentChanged(ContentChanged change) {
        contentVersion.incrementAndGet();
        pages.invalidateAll();
    }

    /** The page kept for the key, counted as sent, or null when there is none. */
    @Nullable
    DrawnPage kept(Key key, String view) {
        DrawnPage kept = pages.getIfPresent(key);
        if (kept != null) {
            keptCounter(view).increment();
        }
        return kept;
    }

    /** The page kept for the key, or drawn now (and kept when it may be). */
    DrawnPage keptOrDrawn(Key key, String view, Supplier<DrawnPage> drawing) {
        DrawnPage kept = kept(key, view);
        if (kept != null) {
            return kept;
        }
        long version = contentVersion.get();
        Timer.Sample timing = Timer.start(metrics);
        DrawnPage drawn = drawing.get();
        timing.stop(metrics.timer("rosnou.pages.drawn", "view", view));
        // Not found pages are not kept: any address can be asked for.
        if (drawn.status() == HttpServletResponse.SC_OK
                && drawn.sameForEveryReader()
                && version == contentVersion.get()) {
            pages.put(key, drawn);
        }
        return drawn;
    }

    /** Counts the pages of a view sent as kept, without a lookup in the registry. */
    private Counter keptCounter(String view) {
        return keptCounters.computeIfAbsent(view, name -> metrics.counter("rosnou.pages.kept", "view", name));
    }
}
