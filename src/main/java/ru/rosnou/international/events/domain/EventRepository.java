package ru.rosnou.international.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.rosnou.international.base.i18n.Language;

public interface EventRepository extends JpaRepository<Event, Long> {

    /** Events not over at the moment, soonest first. */
    List<Event> findByEndsInstantAfterOrderByStartsInstantAscIdAsc(Instant now);

    /** Events over by the moment, the latest first. */
    List<Event> findByEndsInstantLessThanEqualOrderByStartsInstantDescIdDesc(Instant now);

    List<Event> findAllByOrderByStartsInstantAscIdAsc();

    Optional<Event> findByUid(String uid);

    @Query("select e from Event e join e.texts t where t.language = :language and t.slug = :slug")
    Optional<Event> findBySlug(Language language, String slug);
}
