package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.RouterLayout;

/**
 * The one way the workspace asks before deleting something: a dialog with the page behind it inert until it is
 * answered (confirm, cancel or Escape, which cancels). Vaadin hides the page from screen readers with aria-hidden
 * and traps focus in the dialog; inert also takes the page's links and buttons out of reach for everything else
 * (and for axe's aria-hidden-focus rule, which cannot see the trap). As the page is inert, Vaadin cannot return
 * focus by itself: {@code onCancel} says where it goes.
 */
public final class ConfirmDeletion {

    private ConfirmDeletion() {}

    public static void open(
            String id,
            String header,
            String text,
            String cancelText,
            String confirmText,
            Runnable onConfirm,
            Runnable onCancel) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.setConfirmText(confirmText);
        // Hidden, but in the page: not in Vaadin's English either.
        dialog.setRejectText(cancelText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> onConfirm.run());
        dialog.addCancelListener(cancel -> onCancel.run());
        focusCancelOnOpen(dialog);
        openWithPageInert(dialog);
    }

    /**
     * The web component puts first focus on the confirming button, the destructive one here: an Enter pressed
     * at once would delete. First focus goes to Cancel instead (GOV.UK, WAI-ARIA's alert dialog pattern).
     */
    private static void focusCancelOnOpen(ConfirmDialog dialog) {
        dialog.getElement().executeJs("""
                const dialog = this;
                const cancel = () => (dialog.$ && dialog.$.dialog.$.overlay.querySelector('[slot="cancel-button"]'))
                    || dialog.querySelector('[slot="cancel-button"]');
                const focusCancel = () => { const button = cancel(); if (button) { button.focus(); } };
                customElements.whenDefined('vaadin-confirm-dialog').then(() => {
                    const overlay = dialog.$.dialog.$.overlay;
                    overlay.addEventListener('vaadin-overlay-open', focusCancel);
                    if (overlay.opened && !overlay.hasAttribute('opening')) { focusCancel(); }
                });""");
    }

    private static void openWithPageInert(ConfirmDialog dialog) {
        UI.getCurrent()
                .getChildren()
                .filter(RouterLayout.class::isInstance)
                .findFirst()
                .ifPresent(layout -> {
                    layout.getElement().setAttribute("inert", true);
                    dialog.addConfirmListener(answer -> layout.getElement().removeAttribute("inert"));
                    dialog.addCancelListener(answer -> layout.getElement().removeAttribute("inert"));
                    dialog.addRejectListener(answer -> layout.getElement().removeAttribute("inert"));
                });
        dialog.open();
    }
}
