package com.publisherportal.common.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * English and French texts from {@code i18n/messages*.properties}, formatted with
 * {@link MessageFormat} in the user's locale. A missing key shows as the key itself and is
 * logged, so a gap is visible instead of breaking the page.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    private static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = locale != null && "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
    }
}
