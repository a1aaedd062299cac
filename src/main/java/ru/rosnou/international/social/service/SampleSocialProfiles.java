package ru.rosnou.international.social.service;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.social.domain.SocialNetwork;
import ru.rosnou.international.social.domain.SocialProfile;
import ru.rosnou.international.social.domain.SocialProfileRepository;

/** Sample footer profiles for an empty database; editors replace them. */
@Component
@Order(2)
@ConditionalOnProperty(name = "app.sample-content.enabled", havingValue = "true", matchIfMissing = true)
public class SampleSocialProfiles implements ApplicationRunner {

    private final SocialProfileRepository profiles;
    private final ApplicationEventPublisher events;

    public SampleSocialProfiles(SocialProfileRepository profiles, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.events = events;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (profiles.count() > 0) {
            return;
        }
        profiles.save(new SocialProfile(SocialNetwork.VK, "https://vk.com/rosnou", "РосНОУ во ВКонтакте", 1));
        profiles.save(new SocialProfile(SocialNetwork.TELEGRAM, "https://t.me/rosnou", "РосНОУ в Telegram", 2));
        profiles.save(
                new SocialProfile(SocialNetwork.RUTUBE, "https://rutube.ru/channel/rosnou/", "РосНОУ на RuTube", 3));
        // Pages drawn while the site was starting showed no profiles yet.
        events.publishEvent(new ProfilesChanged());
    }
}
