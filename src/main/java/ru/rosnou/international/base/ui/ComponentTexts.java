package ru.rosnou.international.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import ru.rosnou.international.base.i18n.DateFormats;
import ru.rosnou.international.base.i18n.Language;

/**
 * The texts Vaadin's components carry themselves (buttons, overlays, accessible names), in the page's language
 * from the site's bundles: without them a Russian page shows and speaks Vaadin's English ("Upload File...",
 * "Today", "Show password", months and weekdays).
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** Months and weekdays in the language, the week from Monday, the site's typed date format, its buttons. */
    public static void datePicker(DatePicker picker, Language language) {
        picker.setLocale(language.locale());
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, language.locale()))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, language))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, language))
                .setFirstDayOfWeek(1)
                .setDateFormats(DateFormats.inputPattern(language), DateFormats.otherInputPatterns(language))
                .setToday(picker.getTranslation("vaadin.datePicker.today"))
                .setCancel(picker.getTranslation("vaadin.datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("vaadin.datePicker.badInput"));
        picker.setI18n(i18n);
    }

    /** Sunday first, as the web component expects, whatever the first day of the week shown. */
    private static List<String> weekdays(TextStyle style, Language language) {
        DayOfWeek[] days = {
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY
        };
        return Arrays.stream(days)
                .map(day -> day.getDisplayName(style, language.locale()))
                .toList();
    }

    /** The upload's button, drop label, errors, progress and file buttons. */
    public static void upload(Upload upload) {
        Component c = upload;
        UploadI18N i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(c.getTranslation("vaadin.upload.drop.one"))
                        .setMany(c.getTranslation("vaadin.upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(c.getTranslation("vaadin.upload.add.one"))
                        .setMany(c.getTranslation("vaadin.upload.add.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(c.getTranslation("vaadin.upload.error.tooManyFiles"))
                        .setFileIsTooBig(c.getTranslation("vaadin.upload.error.fileIsTooBig"))
                        .setIncorrectFileType(c.getTranslation("vaadin.upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(c.getTranslation("vaadin.upload.status.connecting"))
                                .setStalled(c.getTranslation("vaadin.upload.status.stalled"))
                                .setProcessing(c.getTranslation("vaadin.upload.status.processing"))
                                .setHeld(c.getTranslation("vaadin.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(c.getTranslation("vaadin.upload.remaining.prefix"))
                                .setUnknown(c.getTranslation("vaadin.upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(c.getTranslation("vaadin.upload.error.serverUnavailable"))
                                .setUnexpectedServerError(c.getTranslation("vaadin.upload.error.unexpected"))
                                .setForbidden(c.getTranslation("vaadin.upload.error.forbidden"))))
                .setFile(new UploadI18N.File()
                        .setRetry(c.getTranslation("vaadin.upload.file.retry"))
                        .setStart(c.getTranslation("vaadin.upload.file.start"))
                        .setRemove(c.getTranslation("vaadin.upload.file.remove")))
                .setUnits(List.of(c.getTranslation("vaadin.upload.units").split(",")));
        upload.setI18n(i18n);
    }

    /** The name of the button that shows the password ("Show password"), which Flow's field has no setter for. */
    public static void passwordField(PasswordField field) {
        field.getElement().setPropertyJson("i18n", passwordTexts(field));
    }

    private static JsonObject passwordTexts(Component component) {
        JsonObject texts = Json.createObject();
        texts.put("reveal", component.getTranslation("vaadin.password.reveal"));
        return texts;
    }
}
