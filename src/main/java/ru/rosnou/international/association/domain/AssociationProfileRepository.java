package ru.rosnou.international.association.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import ru.rosnou.international.base.i18n.Language;

/** The Association's profiles, kept by their language's code. */
public interface AssociationProfileRepository extends JpaRepository<AssociationProfile, String> {

    default Optional<AssociationProfile> findByLanguage(Language language) {
        return findById(language.code());
    }
}
