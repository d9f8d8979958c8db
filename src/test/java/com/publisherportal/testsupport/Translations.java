package com.publisherportal.testsupport;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/** The portal's message bundles ({@code i18n/*.properties}) as the tests of its texts read them. */
public final class Translations {

    private Translations() {
    }

    /** The English bundles: the files without a language suffix. */
    public static List<Resource> englishBundles() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties"))
                    .filter(resource -> resource.getFilename() != null && !resource.getFilename().contains("_"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The French bundle beside an English one (it may not exist). */
    public static Resource french(Resource english) {
        try {
            return english.createRelative(english.getFilename().replace(".properties", "_fr.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Properties load(Resource bundle) {
        Properties texts = new Properties();
        try (var reader = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Every key of every bundle, in English or (french) in French. */
    public static Set<String> keys(boolean french) {
        Set<String> keys = new HashSet<>();
        for (Resource english : englishBundles()) {
            keys.addAll(load(french ? french(english) : english).stringPropertyNames());
        }
        return keys;
    }
}
