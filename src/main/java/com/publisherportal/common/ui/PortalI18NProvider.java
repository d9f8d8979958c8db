package com.publisherportal.common.ui;

import com.publisherportal.common.Translatable;
import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * English and French texts from the bundles under {@code i18n/} (one per feature, e.g.
 * {@code i18n/messages.properties} and {@code i18n/messages_fr.properties}), formatted with
 * {@link MessageFormat} in the user's locale. A missing key shows as the key itself and is
 * logged, so a gap is visible instead of breaking the page.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Every text by key, per language: one lookup per text instead of one bundle lookup per bundle (issue 20). */
    private final Map<String, String> english;
    private final Map<String, String> french;

    public PortalI18NProvider() {
        List<String> bundles;
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            bundles = Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n." + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        english = texts(bundles, ENGLISH);
        french = texts(bundles, FRENCH);
    }

    /** The bundles' texts in one language (no key is in two bundles: TranslationsTest.noKeyIsInTwoBundles). */
    private static Map<String, String> texts(List<String> bundles, Locale language) {
        Map<String, String> texts = new HashMap<>();
        for (String bundle : bundles) {
            ResourceBundle bundleTexts = ResourceBundle.getBundle(bundle, language, NO_FALLBACK);
            for (String key : bundleTexts.keySet()) {
                texts.putIfAbsent(key, bundleTexts.getString(key));
            }
        }
        return Map.copyOf(texts);
    }

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
        String pattern = (effective == FRENCH ? french : english).get(key);
        if (pattern == null) {
            log.warn("Missing translation {} for {}", key, effective);
            return key;
        }
        if (params.length == 0) {
            return pattern;
        }
        Object[] arguments = params.clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof Translatable t) {
                arguments[i] = getTranslation(t.messageKey(), effective, t.arguments());
            }
        }
        return new MessageFormat(pattern, effective).format(arguments);
    }
}
