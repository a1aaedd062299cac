package ru.rosnou.international.questions.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.questions.domain.Question;
import ru.rosnou.international.questions.domain.QuestionRepository;
import ru.rosnou.international.questions.domain.QuestionTopic;

/** A few answered questions so that the FAQ of an empty database shows what it is for. */
@Component
@Order(3)
@ConditionalOnProperty(name = "app.sample-content.enabled", havingValue = "true", matchIfMissing = true)
public class SampleQuestions implements ApplicationRunner {

    private final QuestionRepository questions;

    public SampleQuestions(QuestionRepository questions) {
        this.questions = questions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (questions.count() > 0) {
            return;
        }
        add(
                Language.EN,
                QuestionTopic.ACADEMIC_MOBILITY,
                LocalDate.of(2021, 3, 15),
                "How can I apply for an exchange semester at a Japanese university?",
                "Exchange places at partner universities are announced by the International Affairs & Academic "
                        + "Mobility Directorate each academic year.\nWatch the news on this site and contact the "
                        + "directorate to find out the requirements and deadlines for the coming semester.");
        add(
                Language.EN,
                QuestionTopic.INTERNSHIPS,
                LocalDate.of(2021, 6, 10),
                "Can students of Japanese do practical training in Japan?",
                "Yes. Students of RosNOU who study Japanese can complete practical training in leading companies "
                        + "in Japan.\nThe directorate holds preparation meetings before each round of applications.");
        add(
                Language.RU,
                QuestionTopic.ACADEMIC_MOBILITY,
                LocalDate.of(2021, 3, 15),
                "Как подать заявку на семестр обучения в японском университете?",
                "Места по программам обмена с университетами-партнёрами объявляет Дирекция международных связей "
                        + "и академической мобильности каждый учебный год.\nСледите за новостями на этом сайте и "
                        + "обращайтесь в дирекцию, чтобы узнать требования и сроки на ближайший семестр.");
        add(
                Language.RU,
                QuestionTopic.INTERNSHIPS,
                LocalDate.of(2021, 6, 10),
                "Могут ли студенты, изучающие японский язык, пройти практику в Японии?",
                "Да. Студенты РосНОУ, изучающие японский язык, могут пройти практику в ведущих компаниях Японии."
                        + "\nПеред каждым набором дирекция проводит встречи для подготовки к практике.");
    }

    private void add(Language language, QuestionTopic topic, LocalDate answeredOn, String text, String answer) {
        Instant answered =
                answeredOn.atTime(LocalTime.NOON).atZone(DateFormats.ZONE).toInstant();
        String reference = "Q-%d-%05d".formatted(answeredOn.getYear(), questions.nextReferenceNumber());
        Question question = new Question(
                reference,
                language,
                "Sample reader",
                "reader@example.org",
                topic,
                text,
                answered.minusSeconds(86_400 * 7));
        question.answer(answer, answered, true, language, text);
        questions.save(question);
    }
}
