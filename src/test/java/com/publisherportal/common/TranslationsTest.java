package com.publisherportal.common;

import com.publisherportal.testsupport.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English text has its French counterpart, and every text is a valid MessageFormat pattern. */
class TranslationsTest {

    @Test
    void everyBundleHasTheSameKeysInEnglishAndFrenchAndValidPatterns() throws Exception {
        List<Resource> english = Translations.englishBundles();
        for (Resource en : english) {
            String name = en.getFilename();
            Resource fr = Translations.french(en);
            assertThat(fr.exists()).as("French bundle for " + name).isTrue();
            Properties enTexts = Translations.load(en);
            Properties frTexts = Translations.load(fr);
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
        assertThat(english).isNotEmpty();
    }

    /** A key in two bundles would show only one of its texts, whichever bundle is read first. */
    @Test
    void noKeyIsInTwoBundles() {
        Map<String, String> bundleOfKey = new HashMap<>();
        for (Resource en : Translations.englishBundles()) {
            for (String key : Translations.load(en).stringPropertyNames()) {
                String other = bundleOfKey.put(key, en.getFilename());
                assertThat(other).as("%s in %s and %s", key, other, en.getFilename()).isNull();
            }
        }
    }
}
