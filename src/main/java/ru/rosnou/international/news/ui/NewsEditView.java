package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.security.Roles;
import ru.rosnou.international.base.ui.BoundedUploadHandler;
import ru.rosnou.international.base.ui.ItemActions;
import ru.rosnou.international.base.ui.LanguageView;
import ru.rosnou.international.base.ui.MainLayout;
import ru.rosnou.international.base.ui.PageTitles;
import ru.rosnou.international.base.ui.TranslatablePage;
import ru.rosnou.international.editorial.ui.EditorNav;
import com.vaadin.flow.component.upload.Upload;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.ImageService;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;
import ru.rosnou.international.news.service.NewsEditorService.SaveResult;
import ru.rosnou.international.news.service.TopicName;

/**
 * Writing or editing one article: every field labelled, errors next to the fields and focus on the first,
 * a preview of the cleaned body, and a link to the story's translation. Images come with their own slice.
 */
@Route(value = "editor/news/:id", layout = MainLayout.class)
@RouteAlias(value = "en/editor/news/:id", layout = MainLayout.class)
@RolesAllowed(Roles.EDITOR)
public class NewsEditView extends Div implements BeforeEnterObserver, HasDynamicTitle, TranslatablePage {

    private final NewsEditorService editor;
    private final AuthenticationContext authentication;
    private Language language = Language.RU;
    private ArticleDraft draft = new ArticleDraft();
    private String pathId = "new";

    private final RadioButtonGroup<Language> articleLanguage = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextArea lead = new TextArea();
    private final TextArea body = new TextArea();
    private final TextField aboutTitle = new TextField();
    private final TextArea aboutBody = new TextArea();
    private final CheckboxGroup<String> topics = new CheckboxGroup<>();
    private final ComboBox<EditorArticle> translationOf = new ComboBox<>();
    private final Checkbox published = new Checkbox();
    private final Section preview = new Section();
    private final ImageService imageService;
    private final java.util.List<ArticleDraft.ImageDraft> images = new java.util.ArrayList<>();
    private final com.vaadin.flow.component.html.UnorderedList imageList = new com.vaadin.flow.component.html.UnorderedList();
    private final Upload upload = new Upload();
    private final TextField imageAlt = new TextField();
    private final Checkbox imageDecorative = new Checkbox();
    private final TextField imageCaption = new TextField();
    private final Paragraph uploadStatus = new Paragraph();
    /** The last upload was refused for its size here, which has said so already. */
    private boolean refusedAsTooLarge;
    private String pendingSrc;

    public NewsEditView(NewsEditorService editor, AuthenticationContext authentication, ImageService imageService) {
        this.editor = editor;
        this.authentication = authentication;
        this.imageService = imageService;
        addClassName("editor-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        language = LanguageView.of(event);
        pathId = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(pathId)) {
            draft = new ArticleDraft();
            draft.setLanguage(language);
        } else {
            Optional<ArticleDraft> found = parse(pathId).flatMap(editor::draft);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            draft = found.get();
        }
        removeAll();
        images.clear();
        images.addAll(draft.getImages());
        add(new H1(getTranslation(draft.getId() == null ? "editor.news.new" : "editor.news.editTitle")),
                new EditorNav(language, "editor/news", authentication), form(), preview);
        preview.setVisible(false);
    }

    private Div form() {
        articleLanguage.setId("news-language");
        articleLanguage.setLabel(getTranslation("editor.news.language"));
        articleLanguage.setItems(Language.values());
        articleLanguage.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(each -> {
            com.vaadin.flow.component.html.Span name = new com.vaadin.flow.component.html.Span(
                    getTranslation(each.locale(), "language.name"));
            name.getElement().setAttribute("lang", each.code());
            return name;
        }));
        articleLanguage.setValue(draft.getLanguage());
        field(title, "news-title", "editor.news.field.title", draft.getTitle());
        field(slug, "news-slug", "editor.news.field.slug", draft.getSlug());
        slug.setHelperText(getTranslation("editor.news.field.slug.help"));
        date.setId("news-date");
        date.setLabel(getTranslation("editor.news.field.date"));
        date.setLocale(language.locale());
        date.setValue(draft.getPublishedOn());
        date.setRequiredIndicatorVisible(true);
        // This view checks on submit and writes its own messages; Vaadin's built-in check would mark an
        // empty required field invalid with no message (for instance once the form is emptied after a save).
        date.setManualValidation(true);
        field(lead, "news-lead", "editor.news.field.lead", draft.getLead());
        field(body, "news-body", "editor.news.field.body", draft.getBody());
        body.setHelperText(getTranslation("editor.news.field.body.help"));
        body.setMinHeight("12rem");
        field(aboutTitle, "news-about-title", "editor.news.field.aboutTitle", draft.getAboutTitle());
        aboutTitle.setRequiredIndicatorVisible(false);
        field(aboutBody, "news-about-body", "editor.news.field.aboutBody", draft.getAboutBody());
        aboutBody.setRequiredIndicatorVisible(false);
        topics.setId("news-topics");
        topics.setLabel(getTranslation("editor.news.field.topics"));
        Map<String, String> names = new LinkedHashMap<>();
        for (TopicName topic : editor.topics(language)) {
            names.put(topic.slug(), topic.name());
        }
        topics.setItems(names.keySet());
        topics.setItemLabelGenerator(names::get);
        topics.setValue(draft.getTopics());
        translationOf.setId("news-translation");
        translationOf.setLabel(getTranslation("editor.news.field.translation"));
        translationOf.setHelperText(getTranslation("editor.news.field.translation.help"));
        // Looked up as the editor types: the list of all articles is far too long to send whole.
        translationOf.setItems(query -> editor.findByTitle(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream().filter(a -> draft.getId() == null || a.id() != draft.getId()));
        translationOf.setItemLabelGenerator(a -> a.language().code().toUpperCase() + ": " + a.title());
        // In the list, each title is marked with its language, so it is read in its own voice (WCAG 3.1.2).
        translationOf.setRenderer(com.vaadin.flow.data.renderer.LitRenderer.<EditorArticle>of(
                        "${item.code}: <span lang=${item.lang}>${item.title}</span>")
                .withProperty("code", a -> a.language().code().toUpperCase())
                .withProperty("lang", a -> a.language().code())
                .withProperty("title", EditorArticle::title));
        translationOf.setClearButtonVisible(true);
        translationOf.setWidthFull();
        if (draft.getTranslationOf() != null) {
            editor.find(draft.getTranslationOf()).ifPresent(translationOf::setValue);
        }
        published.setId("news-published");
        published.setLabel(getTranslation("editor.news.field.published"));
        published.setValue(draft.isPublished());
        Button showPreview = new Button(getTranslation("editor.news.preview"), click -> showPreview());
        showPreview.setId("news-preview");
        Button save = new Button(getTranslation("editor.news.save"), click -> save());
        save.setId("news-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(showPreview, save);
        actions.addClassName("editor-actions");
        Div form = new Div(articleLanguage, title, slug, date, lead, body, aboutTitle, aboutBody, imagesSection(),
                topics, translationOf, published, actions);
        form.addClassName("editor-form");
        return form;
    }

    /** Images: upload (type and size checked on the server), describe, add; each can be removed again. */
    private Section imagesSection() {
        H2 heading = new H2(getTranslation("editor.news.images"));
        heading.setId("news-images-heading");
        imageList.setId("news-images");
        upload.setId("news-upload");
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp");
        upload.setMaxFileSize(ImageService.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadHandler(new BoundedUploadHandler(ImageService.MAX_BYTES, (fileName, data) -> {
            ImageService.StoreResult stored = imageService.store(data);
            upload.getUI().ifPresent(ui -> ui.access(() -> uploaded(fileName, stored)));
        }, fileName -> upload.getUI().ifPresent(ui -> ui.access(() -> {
            uploaded(fileName, new ImageService.StoreResult(null, "editor.news.image.error.size"));
            refusedAsTooLarge = true;
        }))));
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
        upload.getElement().addEventListener("upload-error", failed -> {
            upload.clearFileList();
            if (refusedAsTooLarge) {
                return;
            }
            showUploadStatus(getTranslation("editor.news.image.error.failed",
                    failed.getEventData().get("event.detail.file.name").asString()));
        }).addEventData("event.detail.file.name");
        uploadStatus.setId("news-upload-status");
        uploadStatus.getElement().setAttribute("tabindex", "-1");
        uploadStatus.setVisible(false);
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
        Button addImage = new Button(getTranslation("editor.news.image.add"), click -> addImage());
        addImage.setId("news-image-add");
        renderImages();
        Section section = new Section(heading, imageList, upload, uploadStatus, imageAlt, imageDecorative, imageCaption,
                addImage);
        section.getElement().setAttribute("aria-labelledby", "news-images-heading");
        section.addClassName("editor-images");
        return section;
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
        images.add(new ArticleDraft.ImageDraft(pendingSrc, decorative ? "" : imageAlt.getValue().strip(), decorative,
                imageCaption.getValue().strip()));
        pendingSrc = null;
        imageAlt.clear();
        imageCaption.clear();
        imageDecorative.setValue(false);
        uploadStatus.setVisible(false);
        renderImages();
        MainLayout.announce(getTranslation("editor.news.image.added"));
    }

    private void renderImages() {
        imageList.removeAll();
        for (ArticleDraft.ImageDraft image : java.util.List.copyOf(images)) {
            // A described image is named by its text, in the article's language; a decorative one in the page's.
            String label = image.decorative() ? getTranslation("editor.news.image.decorativeLabel") : image.altText();
            Language labelLanguage = image.decorative() || articleLanguage.getValue() == null
                    ? Language.ofLocale(getLocale()) : articleLanguage.getValue();
            com.vaadin.flow.component.html.NativeButton remove = new com.vaadin.flow.component.html.NativeButton(
                    "", click -> {
                        images.remove(image);
                        renderImages();
                    });
            remove.addClassName("a11y-button");
            ItemActions.name(remove, getTranslation("editor.news.image.remove"), label, labelLanguage);
            com.vaadin.flow.component.html.Span shown = new com.vaadin.flow.component.html.Span(label);
            shown.getElement().setAttribute("lang", labelLanguage.code());
            imageList.add(new com.vaadin.flow.component.html.ListItem(shown,
                    new com.vaadin.flow.component.html.Span(" (" + image.src() + ") "), remove));
        }
    }

    private void field(TextFieldBase<?, String> field, String id, String key, String value) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setValue(value == null ? "" : value);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setWidthFull();
    }

    private ArticleDraft read() {
        ArticleDraft next = new ArticleDraft();
        next.setId(draft.getId());
        next.setLanguage(articleLanguage.getValue());
        next.setTitle(title.getValue());
        next.setSlug(slug.getValue());
        next.setPublishedOn(date.getValue());
        next.setLead(lead.getValue());
        next.setBody(body.getValue());
        next.setAboutTitle(aboutTitle.getValue());
        next.setAboutBody(aboutBody.getValue());
        next.setTopics(new LinkedHashSet<>(topics.getValue()));
        next.setTranslationOf(translationOf.getValue() == null ? null : translationOf.getValue().id());
        next.setPublished(Boolean.TRUE.equals(published.getValue()));
        next.setImages(new java.util.ArrayList<>(images));
        return next;
    }

    void save() {
        SaveResult result = editor.save(read());
        Map<String, Component> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("date", date);
        fields.put("lead", lead);
        fields.put("body", body);
        fields.put("about", aboutTitle);
        fields.put("translation", translationOf);
        fields.put("images", imageAlt);
        fields.forEach((name, field) -> {
            String key = result.errors().get(name);
            ((HasValidation) field).setErrorMessage(key == null ? null : getTranslation(key));
            ((HasValidation) field).setInvalid(key != null);
        });
        if (!result.errors().isEmpty()) {
            fields.get(result.errors().keySet().iterator().next()).getElement().callJsFunction("focus");
            MainLayout.announce(getTranslation("editor.news.notSaved", result.errors().size()));
            return;
        }
        MainLayout.announce(getTranslation("editor.news.saved", title.getValue().strip()));
        getUI().ifPresent(ui -> ui.navigate(language.path("editor/news")));
    }

    private void showPreview() {
        preview.removeAll();
        H2 heading = new H2(getTranslation("editor.news.previewTitle"));
        heading.setId("news-preview-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        ArticleDraft current = read();
        preview.add(heading, new Paragraph(current.getTitle()), new Paragraph(current.getLead()),
                new Html("<div class=\"article-body\">"
                        + ru.rosnou.international.news.service.NewsEditorService.previewBody(current.getBody())
                        + "</div>"));
        preview.getElement().setAttribute("aria-labelledby", "news-preview-heading");
        preview.getElement().setAttribute("lang", current.getLanguage() == null ? language.code()
                : current.getLanguage().code());
        preview.setVisible(true);
        heading.getElement().callJsFunction("focus");
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation(draft.getId() == null ? "editor.news.new" : "editor.news.editTitle"));
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language.other().path("editor/news/" + pathId));
    }
}
