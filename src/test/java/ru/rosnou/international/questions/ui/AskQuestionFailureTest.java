package ru.rosnou.international.questions.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import ru.rosnou.international.base.reading.FreshPages;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.FormStamps;
import ru.rosnou.international.questions.service.QuestionService;
import ru.rosnou.international.questions.service.QuestionSettings;

/** When storing fails, the reader gets the form back with a clear message, no stack trace, and everything typed. */
class AskQuestionFailureTest {

    @Test
    void aStorageFailureSendsTheFormBackWithAMessageAndEverythingTyped() throws Exception {
        QuestionService questions = mock(QuestionService.class);
        when(questions.submitForm(any(), any(), any(), any()))
                .thenThrow(new DataAccessResourceFailureException("database unavailable"));
        FreshPages pages = mock(FreshPages.class);
        AskQuestionController controller = new AskQuestionController(
                questions,
                new FormStamps(
                        Clock.systemUTC(),
                        new QuestionSettings(Duration.ZERO, 3, Duration.ofMinutes(10), "", Duration.ofHours(2))),
                pages);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/en/ask");
        request.setParameter("fullName", "Anna Petrova");
        request.setParameter("email", "anna@example.org");
        request.setParameter("topic", "PARTNERSHIPS");
        request.setParameter("text", "A long\r\nand careful question.");
        request.setParameter("consent", "yes");
        MockHttpServletResponse response = new MockHttpServletResponse();

        controller.send(request, response);

        verify(pages).drawFresh(request, response);
        AskQuestionView.SentBack sentBack = (AskQuestionView.SentBack) request.getAttribute(AskQuestionView.SENT_BACK);
        assertThat(sentBack.problem()).isEqualTo("ask.failed");
        assertThat(sentBack.draft().getFullName()).isEqualTo("Anna Petrova");
        assertThat(sentBack.draft().getEmail()).isEqualTo("anna@example.org");
        assertThat(sentBack.draft().getTopic()).isEqualTo(QuestionTopic.PARTNERSHIPS);
        assertThat(sentBack.draft().getText()).isEqualTo("A long\nand careful question.");
        assertThat(sentBack.draft().isConsent()).isTrue();
        assertThat(response.getContentAsString()).doesNotContain("database");
    }
}
