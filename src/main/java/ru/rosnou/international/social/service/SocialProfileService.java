package ru.rosnou.international.social.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import ru.rosnou.international.base.events.ContentChanged;
import ru.rosnou.international.base.forms.Problems;
import ru.rosnou.international.base.text.TypedText;
import ru.rosnou.international.social.domain.SocialNetwork;
import ru.rosnou.international.social.domain.SocialProfile;
import ru.rosnou.international.social.domain.SocialProfileRepository;

/** The social network profiles in the footer: read by every page, kept by editors. */
@Service
@Transactional
public class SocialProfileService {

    public static final int MAX_URL = 500;
    public static final int MAX_NAME = 200;

    /**
     * How long the footer's list is kept. Editing clears it at once on this instance; the expiry bounds how long
     * another instance may show the old list.
     */
    static final Duration FOOTER_EXPIRY = Duration.ofMinutes(1);

    private final SocialProfileRepository profiles;
    private final ApplicationEventPublisher events;
    /** The footer's list: read by every page drawn, changed by editors now and then. */
    private final Cache<Boolean, List<SocialLink>> footer =
            Caffeine.newBuilder().maximumSize(1).expireAfterWrite(FOOTER_EXPIRY).build();

    public SocialProfileService(SocialProfileRepository profiles, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.events = events;
    }

    /** The profiles in the order editors chose; kept, so no transaction is begun for them (the read has its own). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<SocialLink> currentProfiles() {
        return footer.get(
                Boolean.TRUE,
                key -> profiles.findAllByOrderByPositionAscIdAsc().stream()
                        .map(p -> new SocialLink(p.getNetwork(), p.getUrl(), p.getAccessibleName()))
                        .toList());
    }

    /** Forgets the footer's list once a change is committed (or rolled back), here or on another instance. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void profilesChanged(ContentChanged change) {
        footer.invalidateAll();
    }

    @Transactional(readOnly = true)
    public List<EditableProfile> editableProfiles() {
        return profiles.findAllByOrderByPositionAscIdAsc().stream()
                .map(p -> new EditableProfile(p.getId(), p.getNetwork(), p.getUrl(), p.getAccessibleName()))
                .toList();
    }

    /**
     * Adds a profile at the end unless something is wrong ({@code network}, {@code url}, {@code name});
     * nothing is stored then.
     */
    public Problems add(SocialNetwork network, String url, String accessibleName) {
        Problems.Builder errors = Problems.builder();
        if (network == null) {
            errors.add("network", "editor.social.error.network");
        }
        String cleanUrl = url == null ? "" : url.strip();
        if (!isHttpsUrl(cleanUrl)) {
            errors.add("url", "editor.social.error.url");
        }
        String name = TypedText.normalised(accessibleName);
        if (name.isEmpty()) {
            errors.add("name", "editor.social.error.name.required");
        } else if (!TypedText.isVisible(name, false)) {
            errors.add("name", "editor.social.error.name.hidden");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "editor.social.error.name.tooLong");
        }
        if (errors.isEmpty()) {
            int last = profiles.findAllByOrderByPositionAscIdAsc().stream()
                    .mapToInt(SocialProfile::getPosition)
                    .max()
                    .orElse(0);
            profiles.save(new SocialProfile(network, cleanUrl, name, last + 1));
            events.publishEvent(new ProfilesChanged());
        }
        return errors.build();
    }

    /** Moves a profile one place up (towards the start) or down, swapping it with its neighbour. */
    public void move(long id, boolean up) {
        List<SocialProfile> ordered = new ArrayList<>(profiles.findAllByOrderByPositionAscIdAsc());
        int index = indexOf(ordered, id);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= ordered.size()) {
            return;
        }
        // Swap in the list, then renumber 1..n, which also mends equal positions left by concurrent adds.
        ordered.set(index, ordered.set(other, ordered.get(index)));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
        events.publishEvent(new ProfilesChanged());
    }

    public void delete(long id) {
        profiles.deleteById(id);
        events.publishEvent(new ProfilesChanged());
    }

    static boolean isHttpsUrl(String value) {
        if (value.isEmpty() || value.length() > MAX_URL || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return "https"
                            .equals(
                                    uri.getScheme() == null
                                            ? null
                                            : uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null
                    && uri.getHost().contains(".")
                    && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int indexOf(List<SocialProfile> ordered, long id) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == id) {
                return i;
            }
        }
        return -1;
    }

    public record EditableProfile(long id, SocialNetwork network, String url, String accessibleName) {}
}
