package com.publisherportal.common;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English text has its French counterpart, and every text is a valid MessageFormat pattern. */
class TranslationsTest {

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrenchAndValidPatterns() throws Exception {
        Resource[] english = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        int bundles = 0;
        for (Resource en : english) {
            String name = en.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            bundles++;
            Resource fr = en.createRelative(name.replace(".properties", "_fr.properties"));
            assertThat(fr.exists()).as("French bundle for " + name).isTrue();
            Properties enTexts = load(en);
            Properties frTexts = load(fr);
            assertThat(frTexts.stringPropertyNames()).as(name).containsExactlyInAnyOrderElementsOf(enTexts.stringPropertyNames());
            for (Properties texts : new Properties[]{enTexts, frTexts}) {
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    assertThat(pattern).as(key).isNotBlank();
                    // A plain apostrophe would silently swallow text in a MessageFormat pattern.
                    assertThat(pattern).as(key + " uses ’ rather than '").doesNotContain("'");
                    new MessageFormat(pattern, Locale.ENGLISH);
                }
            }
        }
        assertThat(bundles).isPositive();
    }

    private static Properties load(Resource resource) throws Exception {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
