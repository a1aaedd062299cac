package ru.rosnou.international.base.events;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Things drawn from the content (the sitemap, the feeds) kept until the content changes: the owner calls
 * {@link #forget} on every {@link ContentChanged}. Each is drawn once, however many requests ask for it at the same
 * moment, and something drawn while a change came in is handed out once but not kept.
 *
 * @param <K> what tells the kept things apart
 * @param <V> what is kept
 */
public final class KeptUntilChanged<K extends Object, V extends Object> {

    private final Map<K, V> kept = new ConcurrentHashMap<>();
    private final Object drawing = new Object();
    private final AtomicLong generation = new AtomicLong();

    /** What is kept under this key, drawn now if nothing is. */
    public V get(K key, Supplier<V> draw) {
        V value = kept.get(key);
        if (value != null) {
            return value;
        }
        synchronized (drawing) {
            value = kept.get(key);
            if (value != null) {
                return value;
            }
            long before = generation.get();
            value = draw.get();
            if (generation.get() == before) {
                kept.put(key, value);
            }
            return value;
        }
    }

    /** What is kept under this key, if anything. */
    public @Nullable V peek(K key) {
        return kept.get(key);
    }

    /** Everything kept is out of date. */
    public void forget() {
        generation.incrementAndGet();
        kept.clear();
    }
}
