package ru.rosnou.international.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import ru.rosnou.international.KaribuTest;

/** An exception in a click of the live workspace is logged with an id and told to the editor, not swallowed. */
@ExtendWith(OutputCaptureExtension.class)
class LiveErrorsTest extends KaribuTest {

    private static final Pattern ID = Pattern.compile("([0-9a-f]{8})\\.$");

    @Test
    void anErrorInAClickIsLoggedWithAnIdAndShownToTheEditorAsAnAlertInTheirLanguage(CapturedOutput output) {
        login("editor1", "EDITOR");
        navigate("en/editor");

        clickFails("the database said no");

        Notification alert = onlyNotification();
        assertThat(alert.isAssertive()).as("announced at once").isTrue();
        assertThat(alert.getDuration()).as("stays until closed").isZero();
        String text = _get(alert, Paragraph.class).getText();
        assertThat(text).startsWith("Something went wrong").contains("error number");
        Matcher id = ID.matcher(text);
        assertThat(id.find()).as(text).isTrue();
        assertThat(output.getOut())
                .contains("Error " + id.group(1) + " in a live page")
                .contains("the database said no");

        ButtonKt._click(_get(alert, NativeButton.class, spec -> spec.withText("Close")));
        assertThat(alert.isOpened()).isFalse();
    }

    @Test
    void aRussianEditorReadsItInRussian() {
        login("editor1", "EDITOR");
        navigate("editor");

        clickFails("сбой");

        Notification alert = onlyNotification();
        assertThat(_get(alert, Paragraph.class).getText())
                .startsWith("Что-то пошло не так")
                .containsPattern("номер ошибки [0-9a-f]{8}\\.$");
        assertThat(_get(alert, NativeButton.class).getText()).isEqualTo("Закрыть");
    }

    /** What Vaadin does with an exception thrown by a listener of the page's heading. */
    private static void clickFails(String message) {
        H1 heading = _get(H1.class);
        VaadinSession.getCurrent()
                .getErrorHandler()
                .error(new ErrorEvent(
                        new IllegalStateException(message), heading.getElement().getNode()));
    }

    private static Notification onlyNotification() {
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).hasSize(1);
        return shown.get(0);
    }
}
