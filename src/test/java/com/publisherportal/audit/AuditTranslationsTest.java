package com.publisherportal.audit;

import com.publisherportal.onboarding.OfferStatus;
import com.publisherportal.testsupport.Translations;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of item and every action the portal writes to the audit log reads in the reader's
 * language on the activity pages and in their exports, never as its code ("gtm-benefit",
 * "EMAIL_PREFERENCES_CHANGED"). The kinds and actions are read from the calls to
 * {@link AuditService#record} in the main sources, so a new one without its texts fails here.
 */
class AuditTranslationsTest {

    private static final Pattern RECORD_CALL = Pattern.compile("audit\\.record\\((.*?)\\);", Pattern.DOTALL);
    private static final Pattern ENTITY_TYPE = Pattern.compile("\"([a-z]+(?:-[a-z]+)*)\"");
    private static final Pattern ACTION = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");

    @Test
    void everyRecordedKindAndActionHasItsEnglishAndFrenchLabel() throws Exception {
        Set<String> kinds = new TreeSet<>();
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher call = RECORD_CALL.matcher(Files.readString(source));
                while (call.find()) {
                    ENTITY_TYPE.matcher(call.group(1)).results().forEach(m -> kinds.add(m.group(1)));
                    ACTION.matcher(call.group(1)).results().forEach(m -> actions.add(m.group(1)));
                }
            }
        }
        // OfferLifecycle records "OFFER_" + the status an offer moved to.
        for (OfferStatus status : OfferStatus.values()) {
            actions.add("OFFER_" + status.name());
        }
        assertThat(kinds).as("kinds found in the sources").contains("offer", "lead", "agreement");
        assertThat(actions).as("actions found in the sources").contains("LEAD_STATUS_CHANGED", "AGREEMENT_ACCEPTED");

        for (boolean french : new boolean[] {false, true}) {
            Set<String> keys = Translations.keys(french);
            String texts = french ? "French" : "English";
            assertThat(kinds).as("kinds without audit.entity-type.<kind> in the %s texts", texts)
                    .allSatisfy(kind -> assertThat(keys).contains("audit.entity-type." + kind));
            assertThat(actions).as("actions without audit.action.<ACTION> in the %s texts", texts)
                    .allSatisfy(action -> assertThat(keys).contains("audit.action." + action));
        }
    }
}
