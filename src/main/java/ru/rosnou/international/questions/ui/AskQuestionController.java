package ru.rosnou.international.questions.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.reading.FreshPages;
import ru.rosnou.international.base.ui.SiteLinks;
import ru.rosnou.international.base.web.CrossSiteRequests;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.questions.domain.QuestionTopic;
import ru.rosnou.international.questions.service.FormStamp;
import ru.rosnou.international.questions.service.FormStamps;
import ru.rosnou.international.questions.service.QuestionDraft;
import ru.rosnou.international.questions.service.QuestionService;
import ru.rosnou.international.questions.service.SubmissionResult;

/**
 * Receives the question form. A stored question leads on to its confirmation (post, redirect, get: reloading sends
 * nothing twice); anything else draws the form again, with what the reader typed and what to correct. The form
 * carries no CSRF token, because its page holds no session; the browser's word refuses forms from other sites.
 */
@Controller
public class AskQuestionController {

    private static final Logger log = LoggerFactory.getLogger(AskQuestionController.class);

    private final QuestionService questions;
    private final FormStamps stamps;
    private final FreshPages pages;

    public AskQuestionController(QuestionService questions, FormStamps stamps, FreshPages pages) {
        this.questions = questions;
        this.stamps = stamps;
        this.pages = pages;
    }

    // "!v-r": Vaadin's own requests never come here.
    @PostMapping(
            value = {"/" + SiteAddresses.ASK, "/" + SiteAddresses.EN + SiteAddresses.ASK},
            params = "!v-r")
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CrossSiteRequests.isCrossSite(request)) {
            response.sendError(HttpStatus.FORBIDDEN.value());
            return;
        }
        Language language = SiteAddresses.languageOf(request);
        QuestionDraft draft = draft(request);
        AskQuestionView.SentBack sentBack;
        try {
            FormStamp stamp = stamps.read(request.getParameter("shown")).orElse(null);
            SubmissionResult result = questions.submitForm(draft, language, request.getRemoteAddr(), stamp);
            if (result instanceof SubmissionResult.Accepted accepted) {
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader(
                        "Location",
                        request.getContextPath() + "/" + SiteLinks.questionSent(language, accepted.reference()));
                return;
            }
            sentBack = result instanceof SubmissionResult.Invalid invalid
                    ? AskQuestionView.SentBack.invalid(draft, invalid.problems().byField())
                    : AskQuestionView.SentBack.refused(draft, ((SubmissionResult.Refused) result).messageKey());
        } catch (RuntimeException e) {
            log.error("A question could not be stored", e);
            sentBack = AskQuestionView.SentBack.refused(draft, "ask.failed");
        }
        request.setAttribute(AskQuestionView.SENT_BACK, sentBack);
        pages.drawFresh(request, response);
    }

    private static QuestionDraft draft(HttpServletRequest request) {
        QuestionDraft draft = new QuestionDraft();
        draft.setFullName(text(request, "fullName"));
        draft.setEmail(text(request, "email"));
        String topic = text(request, "topic");
        draft.setTopic(Arrays.stream(QuestionTopic.values())
                .filter(t -> t.name().equals(topic))
                .findFirst()
                .orElse(null));
        draft.setText(text(request, "text"));
        draft.setConsent("yes".equals(request.getParameter("consent")));
        draft.setWebsite(text(request, "website"));
        return draft;
    }

    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        // Browsers send line breaks as CR LF; the stored question and the counter count one character each.
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
