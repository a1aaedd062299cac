package ru.rosnou.international.news.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.ComponentTexts;
import ru.rosnou.international.base.ui.FieldMessages;
import ru.rosnou.international.base.ui.LanguageRadioGroup;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.news.media.service.ImageService;
import ru.rosnou.international.news.service.ArticleDraft;
import ru.rosnou.international.news.service.NewsEditorService;
import ru.rosnou.international.news.service.NewsEditorService.EditorArticle;
import ru.rosnou.international.news.service.NewsEditorService.SaveResult;
import ru.rosnou.international.news.service.TopicName;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.workspace.ui.WorkspacePage;

/**
 * Writing or editing one article: every field labelled, errors next to the fields and focus on the first,
 * a preview of the cleaned body, and a link to the story's translation. Images come with their own slice.
 */
@Route(value = SiteAddresses.WORKSPACE_NEWS + "/:id")
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE_NEWS + "/:id")
@RolesAllowed(Roles.EDITOR)
public class NewsEditView extends WorkspacePage {

    private final NewsEditorService editor;
    private ArticleDraft draft = new ArticleDraft();
    private String pathId = "new";

    private final LanguageRadioGroup articleLanguage = new LanguageRadioGroup();
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
    private ArticleImagesEditor images;
    private Div editorForm = new Div();

    public NewsEditView(NewsEditorService editor, AuthenticationContext authentication, ImageService imageService) {
        super(SiteAddresses.WORKSPACE_NEWS, "editor.news.editTitle", authentication);
        this.editor = editor;
        this.imageService = imageService;
    }

    @Override
    protected boolean load(BeforeEnterEvent event) {
        pathId = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(pathId)) {
            draft = new ArticleDraft();
            draft.setLanguage(language());
        } else {
            Optional<ArticleDraft> found = parse(pathId).flatMap(editor::draft);
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return false;
            }
            draft = found.get();
        }
        return true;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        images = new ArticleImagesEditor(imageService, articleLanguage::getValue);
        add(form(), preview);
        preview.setVisible(false);
    }

    private Div form() {
        articleLanguage.setId("news-language");
        articleLanguage.setLabel(getTranslation("editor.news.language"));
        articleLanguage.setValue(draft.getLanguage());
        field(title, "news-title", "editor.news.field.title", draft.getTitle());
        field(slug, "news-slug", "editor.news.field.slug", draft.getSlug());
        slug.setHelperText(getTranslation("editor.news.field.slug.help"));
        dateField();
        field(lead, "news-lead", "editor.news.field.lead", draft.getLead());
        field(body, "news-body", "editor.news.field.body", draft.getBody());
        body.setHelperText(getTranslation("editor.news.field.body.help"));
        body.setMinHeight("12rem");
        field(aboutTitle, "news-about-title", "editor.news.field.aboutTitle", draft.getAboutTitle());
        aboutTitle.setRequiredIndicatorVisible(false);
        field(aboutBody, "news-about-body", "editor.news.field.aboutBody", draft.getAboutBody());
        aboutBody.setRequiredIndicatorVisible(false);
        topicsField();
        translationField();
        published.setId("news-published");
        published.setLabel(getTranslation("editor.news.field.published"));
        published.setValue(draft.isPublished());
        images.setImages(draft.getImages());
        // Lumo marks a required field with "•" after its label: say what the mark means.
        Paragraph required = new Paragraph(getTranslation("form.markedRequired"));
        required.addClassName("form-required-note");
        Div form = new Div(
                required,
                articleLanguage,
                title,
                slug,
                date,
                lead,
                body,
                aboutTitle,
                aboutBody,
                images,
                topics,
                translationOf,
                published,
                actions());
        form.addClassName("editor-form");
        editorForm = form;
        return form;
    }

    private void dateField() {
        date.setId("news-date");
        date.setLabel(getTranslation("editor.news.field.date"));
        ComponentTexts.datePicker(date, language());
        date.setValue(draft.getPublishedOn());
        date.setRequiredIndicatorVisible(true);
        // This view checks on submit and writes its own messages; Vaadin's built-in check would mark an
        // empty required field invalid with no message (for instance once the form is emptied after a save).
        date.setManualValidation(true);
    }

    private Div actions() {
        Button showPreview = new Button(getTranslation("editor.news.preview"), click -> showPreview());
        showPreview.setId("news-preview");
        Button save = new Button(getTranslation("editor.news.save"), click -> save());
        save.setId("news-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(showPreview, save);
        actions.addClassName("editor-actions");
        return actions;
    }

    private void topicsField() {
        topics.setId("news-topics");
        topics.setLabel(getTranslation("editor.news.field.topics"));
        Map<String, String> names = new LinkedHashMap<>();
        for (TopicName topic : editor.topics(language())) {
            names.put(topic.slug(), topic.name());
        }
        topics.setItems(names.keySet());
        topics.setItemLabelGenerator(names::get);
        topics.setValue(draft.getTopics());
    }

    /** The same story in the other language, looked up by title. */
    private void translationField() {
        translationOf.setId("news-translation");
        translationOf.setLabel(getTranslation("editor.news.field.translation"));
        translationOf.setHelperText(getTranslation("editor.news.field.translation.help"));
        // Looked up as the editor types: the list of all articles is far too long to send whole.
        translationOf.setItems(
                query -> editor.findByTitle(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream()
                        .filter(a -> draft.getId() == null || a.id() != draft.getId()));
        translationOf.setItemLabelGenerator(a -> a.language().code().toUpperCase() + ": " + a.title());
        // In the list, each title is marked with its language, so it is read in its own voice (WCAG 3.1.2).
        translationOf.setRenderer(
                LitRenderer.<EditorArticle>of("${item.code}: <span lang=${item.lang}>${item.title}</span>")
                        .withProperty("code", a -> a.language().code().toUpperCase())
                        .withProperty("lang", a -> a.language().code())
                        .withProperty("title", EditorArticle::title));
        translationOf.setClearButtonVisible(true);
        translationOf.setWidthFull();
        if (draft.getTranslationOf() != null) {
            editor.find(draft.getTranslationOf()).ifPresent(translationOf::setValue);
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
        next.setTranslationOf(
                translationOf.getValue() == null
                        ? null
                        : translationOf.getValue().id());
        next.setPublished(Boolean.TRUE.equals(published.getValue()));
        next.setImages(images.images());
        return next;
    }

    void save() {
        SaveResult result = editor.save(read());
        FieldMessages messages = new FieldMessages(this)
                .field("title", title)
                .field("slug", slug)
                .field("date", date)
                .field("lead", lead)
                .field("body", body)
                .field("about", aboutTitle)
                .field("translation", translationOf)
                .field("images", images.altField())
                .withSummary(editorForm, "news");
        // The summary at the top of the form takes focus and says how many problems there are.
        if (!messages.show(result.problems())) {
            return;
        }
        Announcer.say(getTranslation("editor.news.saved", title.getValue().strip()));
        getUI().ifPresent(ui -> ui.navigate(language().path(SiteAddresses.WORKSPACE_NEWS)));
    }

    private void showPreview() {
        preview.removeAll();
        H2 heading = new H2(getTranslation("editor.news.previewTitle"));
        heading.setId("news-preview-heading");
        heading.getElement().setAttribute("tabindex", "-1");
        ArticleDraft current = read();
        preview.add(
                heading,
                new Paragraph(current.getTitle()),
                new Paragraph(current.getLead()),
                new Html("<div class=\"article-body\">"
                        + ru.rosnou.international.news.service.NewsEditorService.previewBody(current.getBody())
                        + "</div>"));
        preview.getElement().setAttribute("aria-labelledby", "news-preview-heading");
        preview.getElement()
                .setAttribute(
                        "lang",
                        current.getLanguage() == null
                                ? language().code()
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
    protected String titleKey() {
        return draft.getId() == null ? "editor.news.new" : "editor.news.editTitle";
    }

    @Override
    public Optional<String> translationPath() {
        return Optional.of(language().other().path(SiteAddresses.WORKSPACE_NEWS + "/" + pathId));
    }
}
