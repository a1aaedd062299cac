package ru.rosnou.international.news.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.rosnou.international.KaribuTest;
import ru.rosnou.international.news.domain.ArticleRepository;
import ru.rosnou.international.security.ui.LoginView;

class NewsEditViewTest extends KaribuTest {

    @Autowired
    ArticleRepository articles;

    @Test
    void theNewsEditorNeedsALogin() {
        navigate("editor/news/new");
        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void anUploadedImageIsDescribedAddedAndShownWithItsAltTextAndAWrongFileIsRefused() {
        login("editor1", "EDITOR");
        navigate("en/editor/news/new");
        Upload upload = _get(Upload.class);

        UploadKt._upload(
                upload, "notes.png", "image/png", "this is text, not a picture".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();
        assertThat(_get(Paragraph.class, spec -> spec.withId("news-upload-status"))
                        .getText())
                .isEqualTo("The file notes.png is not a PNG, JPEG or WebP image and was not accepted.");

        UploadKt._upload(
                upload, "pixel.png", "image/png", ru.rosnou.international.news.media.service.ImageServiceTest.PNG);
        MockVaadin.clientRoundtrip();
        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-image-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("news-image-alt")).isInvalid())
                .as("alt text required")
                .isTrue();
        _get(TextField.class, spec -> spec.withId("news-image-alt")).setValue("A single transparent pixel");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-image-add")));

        _get(TextField.class, spec -> spec.withId("news-title")).setValue("Pixel news");
        _get(TextField.class, spec -> spec.withId("news-slug")).setValue("pixel-news");
        _get(DatePicker.class).setValue(LocalDate.of(2026, 11, 25));
        _get(TextArea.class, spec -> spec.withId("news-lead")).setValue("A lead.");
        _get(TextArea.class, spec -> spec.withId("news-body")).setValue("<p>Text.</p>");
        _get(Checkbox.class, spec -> spec.withId("news-published")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-save")));

        navigate("en/info-center/inform/pixel-news");
        Image image = _get(Image.class);
        assertThat(image.getAlt()).contains("A single transparent pixel");
        assertThat(image.getSrc()).matches("/media/[A-Za-z0-9_-]{22}");
        articles.findAll().stream()
                .filter(a -> a.getSlug().equals("pixel-news"))
                .forEach(articles::delete);
    }

    @Test
    void anEditorWritesPublishesAndDeletesAnArticleThatReadersThenSee() {
        login("editor1", "EDITOR");
        navigate("en/editor/news/new");
        long before = articles.count();

        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("news-title")).isInvalid())
                .isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("news-title")).getErrorMessage())
                .isEqualTo("Enter the title.");
        assertThat(articles.count()).isEqualTo(before);
        Section summary = _get(Section.class, spec -> spec.withId("news-errors"));
        assertThat(summary.getElement().getTextRecursively())
                .as("the problems listed at the top of the form, as on the question form")
                .startsWith("Please correct the form: problems found: ")
                .contains("Enter the title.");
        assertThat(_get(summary, Anchor.class, spec -> spec.withText("Enter the title."))
                        .getHref())
                .as("the page's own address, not the site root's under Vaadin's base address")
                .isEqualTo("en/editor/news/new#news-title");

        _get(TextField.class, spec -> spec.withId("news-title")).setValue("<i>Open day</i> of the directorate");
        _get(TextField.class, spec -> spec.withId("news-slug")).setValue("open-day-of-the-directorate");
        _get(DatePicker.class).setValue(LocalDate.of(2026, 11, 25));
        _get(TextArea.class, spec -> spec.withId("news-lead")).setValue("The directorate opens its doors.");
        _get(TextArea.class, spec -> spec.withId("news-body"))
                .setValue("<p>Come <strong>on Friday</strong>.<script>x()</script></p>");
        _get(Checkbox.class, spec -> spec.withId("news-published")).setValue(true);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("news-save")));

        assertThat(_get(H1.class).getText()).isEqualTo("News articles");
        navigate("en/info-center/inform/open-day-of-the-directorate");
        assertThat(_get(H1.class).getText())
                .as("markup in a title is text")
                .isEqualTo("<i>Open day</i> of the directorate");
        assertThat(_get(ArticleView.class).getElement().toString())
                .doesNotContain("<script")
                .contains("<strong>on Friday</strong>");

        navigate("en/editor/news");
        long id = articles.findAll().stream()
                .filter(a -> a.getSlug().equals("open-day-of-the-directorate"))
                .findFirst()
                .orElseThrow()
                .getId();
        ButtonKt._click(_get(NativeButton.class, spec -> spec.withId("news-delete-" + id)));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog))
                .isEqualTo(
                        "Do you want to delete the article \"<i>Open day</i> of the directorate\"? This action cannot be undone.");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(articles.findById(id)).isEmpty();
        assertThat(_find(NativeButton.class, spec -> spec.withId("news-delete-" + id)))
                .isEmpty();
    }
}
