package ru.rosnou.international.questions.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, Long> {

    /** The next number for a reader's reference, taken inside the storing transaction. */
    @Query(value = "select next value for question_reference_seq", nativeQuery = true)
    long nextReferenceNumber();

    Optional<Question> findByReference(String reference);

    List<Question> findByFaqPublishedTrueAndFaqLanguageOrderByTopicAscAnsweredAtDesc(String faqLanguage);

    List<Question> findByStatusOrderBySubmittedAtAsc(QuestionStatus status);

    long countByStatus(QuestionStatus status);
}
