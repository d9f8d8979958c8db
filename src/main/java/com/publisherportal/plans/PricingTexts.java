package com.publisherportal.plans;

import com.publisherportal.common.Translatable;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * The translated texts of the pricing workbook and its import errors, through whatever the caller
 * translates with: a view passes {@code (key, args) -> getTranslation(key, args)}; tests and jobs
 * without Vaadin use {@link #forLocale(Locale)}, which reads {@code i18n/pricing*.properties}.
 */
public record PricingTexts(BiFunction<String, Object[], String> translator) {

    public PricingTexts {
        Objects.requireNonNull(translator, "translator");
    }

    public String text(String key, Object... args) {
        return translator.apply(key, args);
    }

    /** The texts of the bundle {@code i18n/pricing} in a locale (English where it has none). */
    public static PricingTexts forLocale(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n/pricing", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new PricingTexts((key, args) -> {
            try {
                Object[] arguments = args == null ? new Object[0] : args.clone();
                for (int i = 0; i < arguments.length; i++) {
                    if (arguments[i] instanceof Translatable word) {
                        // Words of other bundles (a price kind) are the view's to translate; here the key stands in.
                        arguments[i] = bundle.containsKey(word.messageKey()) ? bundle.getString(word.messageKey()) : word.messageKey();
                    }
                }
                return new MessageFormat(bundle.getString(key), locale).format(arguments);
            } catch (MissingResourceException e) {
                return "!" + key;
            }
        });
    }

    /** An import error as a sentence naming its place: "Prices, row 12, column H: …". */
    public String describe(PricingWorkbook.CellError error) {
        String message = text(error.messageKey(), error.args().toArray());
        if (error.sheet().isEmpty()) {
            return message;
        }
        if (error.row() == null) {
            return text("pricing.import.at-sheet", error.sheet(), message);
        }
        // The row as Excel shows it, without grouping ("1234", not "1,234").
        String row = String.valueOf(error.row());
        if (error.column() == null) {
            return text("pricing.import.at-row", error.sheet(), row, message);
        }
        return text("pricing.import.at-cell", error.sheet(), row, error.column(), message);
    }
}
