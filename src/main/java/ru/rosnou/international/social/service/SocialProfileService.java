package ru.rosnou.international.social.service;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.social.domain.SocialProfileRepository;

@Service
@Transactional(readOnly = true)
public class SocialProfileService {

    private final SocialProfileRepository profiles;

    public SocialProfileService(SocialProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The profiles in the order editors chose. */
    public List<SocialLink> currentProfiles() {
        return profiles.findAllByOrderByPositionAsc().stream()
                .map(p -> new SocialLink(p.getNetwork(), p.getUrl(), p.getAccessibleName()))
                .toList();
    }
}
