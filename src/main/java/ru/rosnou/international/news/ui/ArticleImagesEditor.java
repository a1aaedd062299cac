package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.BoundedUploadHandler;
import ru.rosnou.international.base.ui.ComponentTexts;
import ru.rosnou.international.base.ui.ItemActions;
import ru.rosnou.international.news.media.service.ImageService;
import ru.rosnou.international.news.service.ArticleDraft;

/**
 * The article editor's images: upload (type and size checked on the server), describe, add; each can be removed
 * again. Every outcome of an upload is said in a status line that takes focus, so no upload passes unnoticed.
 */
class ArticleImagesEditor extends Section {

    private final ImageService imageService;
    /** The article's language, in which a described image is named. */
    private final Supplier<@Nullable Language> articleLanguage;

    private final List<ArticleDraft.ImageDraft> images = new ArrayList<>();
    private final UnorderedList imageList = new UnorderedList();
    private final Upload upload = new Upload();
    private final TextField imageAlt = new TextField();
    private final Checkbox imageDecorative = new Checkbox();
    private final TextField imageCaption = new TextField();
    private final Paragraph uploadStatus = new Paragraph();
    /** The last upload was refused for its size here, which has said so already. */
    private boolean refusedAsTooLarge;

    private @Nullable String pendingSrc;

    ArticleImagesEditor(ImageService imageService, Supplier<@Nullable Language> articleLanguage) {
        this.imageService = imageService;
        this.articleLanguage = articleLanguage;
        H2 heading = new H2(getTranslation("editor.news.images"));
        heading.setId("news-images-heading");
        imageList.setId("news-images");
        uploadStatus.setId("news-upload-status");
        uploadStatus.getElement().setAttribute("tabindex", "-1");
        uploadStatus.setVisible(false);
        configureUpload();
        describeFields();
        Button addImage = new Button(getTranslation("editor.news.image.add"), click -> addImage());
        addImage.setId("news-image-add");
        add(heading, imageList, upload, uploadStatus, imageAlt, imageDecorative, imageCaption, addImage);
        getElement().setAttribute("aria-labelledby", "news-images-heading");
        addClassName("editor-images");
    }

    void setImages(List<ArticleDraft.ImageDraft> draftImages) {
        images.clear();
        images.addAll(draftImages);
        renderImages();
    }

    List<ArticleDraft.ImageDraft> images() {
        return new ArrayList<>(images);
    }

    /** The field that carries the images' problem when the article is saved. */
    TextField altField() {
        return imageAlt;
    }

    private void configureUpload() {
        upload.setId("news-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFileSize(ImageService.MAX_BYTES);
        upload.setMaxFiles(1);
        ComponentTexts.upload(upload);
        upload.setUploadHandler(new BoundedUploadHandler(
                ImageService.MAX_BYTES,
                (fileName, data) -> {
                    ImageService.StoreResult stored = imageService.store(data);
                    upload.getUI().ifPresent(ui -> ui.access(() -> uploaded(fileName, stored)));
                },
                fileName -> upload.getUI()
                        .ifPresent(ui -> ui.access(() -> {
                            uploaded(fileName, new ImageService.StoreResult(null, "editor.news.image.error.size"));
                            refusedAsTooLarge = true;
                        }))));
        reportEveryOutcome();
    }

    /** Every upload ends with a message: refused, failed on the way, or replaced by the next one. */
    private void reportEveryOutcome() {
        upload.addFileRejectedListener(rejected -> {
            // The file chosen last is the one the editor means: an earlier upload is no longer waiting.
            pendingSrc = null;
            showUploadStatus(getTranslation("editor.news.image.error.rejected", rejected.getFileName()));
        });
        // A new upload replaces the one before: its message and its image are no longer the current ones.
        upload.getElement().addEventListener("upload-start", started -> {
            pendingSrc = null;
            refusedAsTooLarge = false;
            uploadStatus.setVisible(false);
        });
        // Refused or failed on the way (the server's size cap, a lost connection): say so, never leave the
        // previous upload's "Uploaded" standing.
        upload.getElement()
                .addEventListener("upload-error", failed -> {
                    upload.clearFileList();
                    if (refusedAsTooLarge) {
                        return;
                    }
                    showUploadStatus(getTranslation(
                            "editor.news.image.error.failed",
                            failed.getEventData().get("event.detail.file.name").asString()));
                })
                .addEventData("event.detail.file.name");
    }

    private void describeFields() {
        imageAlt.setId("news-image-alt");
        imageAlt.setLabel(getTranslation("editor.news.image.alt"));
        imageAlt.setHelperText(getTranslation("editor.news.image.alt.help"));
        imageAlt.setMaxLength(500);
        imageAlt.setWidthFull();
        imageDecorative.setId("news-image-decorative");
        imageDecorative.setLabel(getTranslation("editor.news.image.decorative"));
        imageCaption.setId("news-image-caption");
        imageCaption.setLabel(getTranslation("editor.news.image.caption"));
        imageCaption.setMaxLength(1000);
        imageCaption.setWidthFull();
    }

    void uploaded(String fileName, ImageService.StoreResult stored) {
        upload.clearFileList();
        if (stored.src() == null) {
            pendingSrc = null;
            showUploadStatus(getTranslation(stored.errorKey(), fileName));
            return;
        }
        pendingSrc = stored.src();
        showUploadStatus(getTranslation("editor.news.image.uploaded", fileName));
    }

    private void showUploadStatus(String message) {
        uploadStatus.setText(message);
        uploadStatus.setVisible(true);
        uploadStatus.getElement().callJsFunction("focus");
    }

    private void addImage() {
        imageAlt.setInvalid(false);
        if (pendingSrc == null) {
            showUploadStatus(getTranslation("editor.news.image.error.none"));
            return;
        }
        boolean decorative = Boolean.TRUE.equals(imageDecorative.getValue());
        if (!decorative && imageAlt.getValue().isBlank()) {
            imageAlt.setErrorMessage(getTranslation("editor.news.image.error.alt"));
            imageAlt.setInvalid(true);
            imageAlt.focus();
            return;
        }
        images.add(new ArticleDraft.ImageDraft(
                pendingSrc,
                decorative ? "" : imageAlt.getValue().strip(),
                decorative,
                imageCaption.getValue().strip()));
        pendingSrc = null;
        imageAlt.clear();
        imageCaption.clear();
        imageDecorative.setValue(false);
        uploadStatus.setVisible(false);
        renderImages();
        Announcer.say(getTranslation("editor.news.image.added"));
    }

    private void renderImages() {
        imageList.removeAll();
        for (ArticleDraft.ImageDraft image : List.copyOf(images)) {
            // A described image is named by its text, in the article's language; a decorative one in the page's.
            String label = image.decorative() ? getTranslation("editor.news.image.decorativeLabel") : image.altText();
            Language chosen = articleLanguage.get();
            Language labelLanguage = image.decorative() || chosen == null ? Language.ofLocale(getLocale()) : chosen;
            NativeButton remove = new NativeButton("", click -> {
                images.remove(image);
                renderImages();
            });
            remove.addClassName("a11y-button");
            ItemActions.name(remove, getTranslation("editor.news.image.remove"), label, labelLanguage);
            Span shown = new Span(label);
            shown.getElement().setAttribute("lang", labelLanguage.code());
            imageList.add(new ListItem(shown, new Span(" (" + image.src() + ") "), remove));
        }
    }
}
