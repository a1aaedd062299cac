package ru.rosnou.international.social.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SocialProfileRepository extends JpaRepository<SocialProfile, Long> {

    List<SocialProfile> findAllByOrderByPositionAscIdAsc();
}
