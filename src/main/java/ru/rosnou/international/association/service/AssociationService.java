package ru.rosnou.international.association.service;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.association.domain.AssociationProfile;
import ru.rosnou.international.association.domain.AssociationProfileRepository;
import ru.rosnou.international.association.domain.CongressRepository;
import ru.rosnou.international.association.domain.MembershipRepository;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.news.service.NewsService;

/** Assembles the Association page from its facts; whether a congress is held depends on today's date. */
@Service
@Transactional(readOnly = true)
public class AssociationService {

    /** The topic that marks news about the Association. */
    public static final String TOPIC = "association";

    static final int NEWS_ON_PAGE = 5;

    private final AssociationProfileRepository profiles;
    private final MembershipRepository memberships;
    private final CongressRepository congresses;
    private final NewsService news;
    private final Clock clock;

    public AssociationService(
            AssociationProfileRepository profiles,
            MembershipRepository memberships,
            CongressRepository congresses,
            NewsService news,
            Clock clock) {
        this.profiles = profiles;
        this.memberships = memberships;
        this.congresses = congresses;
        this.news = news;
        this.clock = clock;
    }

    public AssociationOverview overview(Language language) {
        AssociationProfile profile = profiles.findByLanguage(language)
                .orElseThrow(() -> new IllegalStateException("No Association profile in " + language));
        LocalDate today = LocalDate.now(clock);
        return new AssociationOverview(
                profile.getName(),
                profile.getAlternativeName(),
                profile.getFounding(),
                profile.getPurpose(),
                profile.getCoChairs(),
                profile.getRosnouRole(),
                profile.getDirectorate(),
                memberships.findAllByOrderByAsOfAsc().stream()
                        .map(m -> new AssociationOverview.MemberCount(
                                m.getAsOf(), m.getPerSide(), m.getTotal(), m.note(language)))
                        .toList(),
                congresses.findAllByOrderByStartsOnAsc().stream()
                        .map(c -> new AssociationOverview.CongressEntry(
                                c.getNumber(),
                                c.getStartsOn(),
                                c.getEndsOn(),
                                c.city(language),
                                c.host(language),
                                c.outcome(language),
                                !c.getEndsOn().isAfter(today)))
                        .toList(),
                news.latestAbout(language, TOPIC, NEWS_ON_PAGE));
    }
}
