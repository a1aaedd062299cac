package ru.rosnou.international.questions.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import ru.rosnou.international.base.i18n.Language;

public interface QuestionRepository extends JpaRepository<Question, Long>, QuestionReferences {

    Optional<Question> findByReference(String reference);

    List<Question> findByFaqPublishedTrueAndFaqLanguageOrderByTopicAscAnsweredAtDesc(Language faqLanguage);

    List<Question> findByStatusOrderBySubmittedAtAsc(QuestionStatus status);

    long countByStatus(QuestionStatus status);
}
