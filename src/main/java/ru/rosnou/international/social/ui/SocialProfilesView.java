package ru.rosnou.international.social.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import ru.rosnou.international.base.i18n.Language;
import ru.rosnou.international.base.ui.Announcer;
import ru.rosnou.international.base.ui.ConfirmDeletion;
import ru.rosnou.international.base.ui.FieldMessages;
import ru.rosnou.international.base.ui.Focus;
import ru.rosnou.international.base.ui.ItemActions;
import ru.rosnou.international.base.web.SiteAddresses;
import ru.rosnou.international.security.Roles;
import ru.rosnou.international.social.domain.SocialNetwork;
import ru.rosnou.international.social.service.SocialProfileService;
import ru.rosnou.international.social.service.SocialProfileService.EditableProfile;
import ru.rosnou.international.workspace.ui.WorkspacePage;

/**
 * The footer's social network profiles: add, reorder, delete. Deleting asks first, in the words of the
 * seed page's dialog, and afterwards focus goes to the next profile (or to the add form when none is left).
 */
@Route(value = SiteAddresses.WORKSPACE_SOCIAL)
@RouteAlias(value = SiteAddresses.EN + SiteAddresses.WORKSPACE_SOCIAL)
@RolesAllowed(Roles.EDITOR)
public class SocialProfilesView extends WorkspacePage {

    private final SocialProfileService social;
    private final OrderedList list = new OrderedList();
    private final RadioButtonGroup<SocialNetwork> network = new RadioButtonGroup<>();
    private final TextField url = new TextField();
    private final TextField name = new TextField();
    private final H2 addHeading = new H2();
    private FieldMessages messages;

    public SocialProfilesView(SocialProfileService social, AuthenticationContext authentication) {
        super(SiteAddresses.WORKSPACE_SOCIAL, "editor.social.title", authentication);
        this.social = social;
    }

    @Override
    protected void build(BeforeEnterEvent event) {
        H2 listHeading = new H2(getTranslation("editor.social.current"));
        listHeading.setId("social-current-heading");
        list.setId("social-profiles");
        list.addClassName("editor-list");
        Section current = new Section(listHeading, list);
        current.getElement().setAttribute("aria-labelledby", "social-current-heading");
        add(current, addForm());
        renderList();
    }

    private Section addForm() {
        addHeading.setText(getTranslation("editor.social.add"));
        addHeading.setId("social-add-heading");
        addHeading.getElement().setAttribute("tabindex", "-1");
        describeFields();
        Button add = new Button(getTranslation("editor.social.addButton"), click -> add());
        add.setId("social-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph required = new Paragraph(getTranslation("form.allRequired.marked"));
        required.addClassName("form-required-note");
        Div fields = new Div(required, network, url, name, add);
        fields.addClassName("editor-form");
        messages = new FieldMessages(this)
                .field(
                        "network",
                        network,
                        () -> network.getElement()
                                .executeJs(
                                        "(this.querySelector('input:checked') || this.querySelector('input')).focus()"))
                .field("url", url)
                .field("name", name)
                .withSummary(fields, "social-add", 3);
        Section section = new Section(addHeading, fields);
        section.getElement().setAttribute("aria-labelledby", "social-add-heading");
        return section;
    }

    private void describeFields() {
        network.setId("social-network");
        network.setLabel(getTranslation("editor.social.network"));
        network.setItems(SocialNetwork.values());
        network.setItemLabelGenerator(value -> getTranslation("social.network." + value.name()));
        network.setRequiredIndicatorVisible(true);
        // This view checks on submit and writes its own messages; Vaadin's built-in check would mark an
        // empty required field invalid with no message (for instance once the form is emptied after a save).
        network.setManualValidation(true);
        network.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        requiredText(url, "url", SocialProfileService.MAX_URL);
        requiredText(name, "name", SocialProfileService.MAX_NAME);
    }

    /** A required text field with its label and help ({@code editor.social.<name>} and {@code ...help}). */
    private void requiredText(TextField field, String name, int maxLength) {
        field.setId("social-" + name);
        field.setLabel(getTranslation("editor.social." + name));
        field.setHelperText(getTranslation("editor.social." + name + ".help"));
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.setWidthFull();
    }

    private void renderList() {
        list.removeAll();
        List<EditableProfile> profiles = social.editableProfiles();
        if (profiles.isEmpty()) {
            list.add(new ListItem(getTranslation("editor.social.none")));
        }
        for (int i = 0; i < profiles.size(); i++) {
            EditableProfile profile = profiles.get(i);
            Span name = new Span(profile.accessibleName());
            name.getElement()
                    .setAttribute(
                            "lang", Language.ofText(profile.accessibleName()).code());
            Span label = new Span(
                    new Text(
                            getTranslation("social.network." + profile.network().name()) + ": "),
                    name,
                    new Text(" (" + profile.url() + ")"));
            label.addClassName("editor-item-label");
            Div actions = new Div();
            actions.addClassName("editor-actions");
            if (i > 0) {
                actions.add(
                        action("social-up-" + profile.id(), "editor.social.up", profile, () -> move(profile, true)));
            }
            if (i < profiles.size() - 1) {
                actions.add(action(
                        "social-down-" + profile.id(), "editor.social.down", profile, () -> move(profile, false)));
            }
            actions.add(action(
                    "social-delete-" + profile.id(), "editor.social.delete", profile, () -> confirmDelete(profile)));
            ListItem item = new ListItem(label, actions);
            item.addClassName("editor-item");
            list.add(item);
        }
    }

    private NativeButton action(String id, String key, EditableProfile profile, Runnable run) {
        String text = getTranslation(key);
        NativeButton button = new NativeButton(text, click -> run.run());
        button.setId(id);
        button.addClassName("a11y-button");
        // The visible word first, then which profile: a screen reader user hears what each button acts on.
        ItemActions.name(button, text, profile.accessibleName(), Language.ofText(profile.accessibleName()));
        return button;
    }

    private void move(EditableProfile profile, boolean up) {
        social.move(profile.id(), up);
        renderList();
        String id = "social-" + (up ? "up-" : "down-") + profile.id();
        String fallback = "social-" + (up ? "down-" : "up-") + profile.id();
        Focus.returnTo(id, fallback, "social-delete-" + profile.id());
        Announcer.say(
                getTranslation(up ? "editor.social.movedUp" : "editor.social.movedDown", profile.accessibleName()));
    }

    void confirmDelete(EditableProfile profile) {
        ConfirmDeletion.open(
                "social-delete-dialog",
                getTranslation("editor.social.delete.title"),
                getTranslation("editor.social.delete.text"),
                getTranslation("editor.social.delete.cancel"),
                getTranslation("editor.social.delete.confirm"),
                () -> delete(profile),
                () -> Focus.returnTo("social-delete-" + profile.id()));
    }

    private void delete(EditableProfile profile) {
        List<EditableProfile> before = social.editableProfiles();
        int index = before.indexOf(profile);
        social.delete(profile.id());
        renderList();
        List<EditableProfile> after = social.editableProfiles();
        if (after.isEmpty()) {
            addHeading.getElement().callJsFunction("focus");
        } else {
            EditableProfile next = after.get(Math.min(Math.max(index, 0), after.size() - 1));
            Focus.returnTo("social-delete-" + next.id());
        }
        Announcer.say(getTranslation("editor.social.deleted", profile.accessibleName()));
    }

    private void add() {
        if (!messages.show(social.add(network.getValue(), url.getValue(), name.getValue()))) {
            return;
        }
        String added = name.getValue().strip();
        network.clear();
        url.clear();
        name.clear();
        renderList();
        Announcer.say(getTranslation("editor.social.added", added));
        url.focus();
    }
}
