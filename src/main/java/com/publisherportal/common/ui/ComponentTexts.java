package com.publisherportal.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The texts Vaadin's own components show (a date picker's months, weekdays, "Today" and
 * "Cancel"; an upload's "Upload File…" and "Drop file here"; a password field's "Show password";
 * a menu bar's "More options"), in the user's language, in one
 * place. Views call {@link #localise(DatePicker)} / {@link #localise(Upload)} as they make the
 * component (the texts follow the locale again whenever it is attached); as a safety net, every
 * page is also swept after each navigation for a date picker or upload that was not.
 */
@org.springframework.stereotype.Component
public class ComponentTexts implements VaadinServiceInitListener {

    private static final String DONE = "portal-localised";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(
                navigation -> sweep(init.getUI())));
    }

    /** Localises every date picker, upload, password field and menu bar on the page that was not yet. */
    static void sweep(Component root) {
        Stream.concat(Stream.of(root), root.getChildren()).forEach(c -> {
            if (c != root) {
                sweep(c);
            }
            if (c instanceof DatePicker picker && !picker.getElement().hasAttribute(DONE)) {
                localise(picker);
            } else if (c instanceof Upload upload && !upload.getElement().hasAttribute(DONE)) {
                localise(upload);
            } else if (c instanceof PasswordField password && !password.getElement().hasAttribute(DONE)) {
                password.getElement().setAttribute(DONE, true);
                // Flow's PasswordFieldI18n has no text for the reveal button; the web component merges what it is given.
                password.getElement().executeJs("this.i18n = {...this.i18n, reveal: $0}",
                        c.getTranslation(locale(c), "vaadin.password.reveal"));
            } else if (c instanceof MenuBar menu && !menu.getElement().hasAttribute(DONE)) {
                menu.getElement().setAttribute(DONE, true);
                menu.setI18n(new MenuBar.MenuBarI18n().setMoreOptions(c.getTranslation(locale(c), "vaadin.menu-bar.more")));
            }
        });
    }

    /** The date picker in the user's language: names, first day of the week, buttons, date format. */
    public static DatePicker localise(DatePicker picker) {
        if (!picker.getElement().hasAttribute(DONE)) {
            picker.getElement().setAttribute(DONE, true);
            picker.addAttachListener(e -> apply(picker, e.getUI().getLocale()));
        }
        apply(picker, locale(picker));
        return picker;
    }

    /**
     * The upload's texts in the user's language; returns its {@link UploadI18N} so a view can
     * name its own file kind, and {@link Upload#setI18n} it again.
     */
    public static UploadI18N localise(Upload upload) {
        upload.getElement().setAttribute(DONE, true);
        UploadI18N i18n = upload(upload, locale(upload));
        upload.setI18n(i18n);
        return i18n;
    }

    private static Locale locale(Component component) {
        UI ui = component.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static void apply(DatePicker picker, Locale locale) {
        picker.setLocale(locale);
        picker.setI18n(datePicker(picker, locale));
    }

    static DatePicker.DatePickerI18n datePicker(Component c, Locale locale) {
        List<String> months = Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .map(ComponentTexts::capitalised).toList();
        // Vaadin lists the weekdays from Sunday.
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).filter(d -> d != DayOfWeek.SUNDAY)).toList();
        List<String> weekdays = fromSunday.stream().map(d -> capitalised(d.getDisplayName(TextStyle.FULL_STANDALONE, locale))).toList();
        List<String> weekdaysShort = fromSunday.stream().map(d -> capitalised(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))).toList();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(firstDayOfWeek(locale))
                .setToday(c.getTranslation(locale, "vaadin.date-picker.today"))
                .setCancel(c.getTranslation(locale, "vaadin.date-picker.cancel"))
                .setBadInputErrorMessage(c.getTranslation(locale, "vaadin.date-picker.bad-input"));
        // The format shown first, then the others a typed date may be in.
        String[] formats = c.getTranslation(locale, "vaadin.date-picker.format").split(",");
        i18n.setDateFormats(formats[0], Arrays.copyOfRange(formats, 1, formats.length));
        return i18n;
    }

    static UploadI18N upload(Component c, Locale locale) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation(locale, "vaadin.upload.add.one"))
                        .setMany(c.getTranslation(locale, "vaadin.upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation(locale, "vaadin.upload.drop.one"))
                        .setMany(c.getTranslation(locale, "vaadin.upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(c.getTranslation(locale, "vaadin.upload.error.too-many"))
                        .setFileIsTooBig(c.getTranslation(locale, "vaadin.upload.error.too-big"))
                        .setIncorrectFileType(c.getTranslation(locale, "vaadin.upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(c.getTranslation(locale, "vaadin.upload.status.connecting"))
                                .setStalled(c.getTranslation(locale, "vaadin.upload.status.stalled"))
                                .setProcessing(c.getTranslation(locale, "vaadin.upload.status.processing"))
                                .setHeld(c.getTranslation(locale, "vaadin.upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(c.getTranslation(locale, "vaadin.upload.remaining.prefix"))
                                .setUnknown(c.getTranslation(locale, "vaadin.upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(c.getTranslation(locale, "vaadin.upload.error.server-unavailable"))
                                .setUnexpectedServerError(c.getTranslation(locale, "vaadin.upload.error.server"))
                                .setForbidden(c.getTranslation(locale, "vaadin.upload.error.forbidden"))
                                .setFileTooLarge(c.getTranslation(locale, "vaadin.upload.error.too-big"))))
                .setFile(new UploadI18N.File()
                        .setRetry(c.getTranslation(locale, "vaadin.upload.file.retry"))
                        .setStart(c.getTranslation(locale, "vaadin.upload.file.start"))
                        .setRemove(c.getTranslation(locale, "vaadin.upload.file.remove")))
                .setUnits(List.of(c.getTranslation(locale, "vaadin.upload.units").split(",")));
    }

    /** Vaadin's number of the first day of the week (0 = Sunday): Monday in French. */
    static int firstDayOfWeek(Locale locale) {
        Locale regional = locale.getCountry().isEmpty() && "fr".equals(locale.getLanguage()) ? Locale.FRANCE : locale;
        return WeekFields.of(regional).getFirstDayOfWeek().getValue() % 7;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
