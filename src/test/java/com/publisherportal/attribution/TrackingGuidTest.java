package com.publisherportal.attribution;

import com.publisherportal.common.ValidationException;
import com.publisherportal.common.ValidationException.Violation;
import com.publisherportal.common.ui.PortalI18NProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reading tracking GUIDs as people type and paste them, and saying exactly what is wrong. */
class TrackingGuidTest {

    private static final String GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
    private static final PortalI18NProvider TEXTS = new PortalI18NProvider();

    private static List<Violation> refusal(String input) {
        return catchThrowableOfType(ValidationException.class, () -> TrackingGuid.parse("guid", input)).violations();
    }

    private static String english(Violation violation) {
        return TEXTS.getTranslation(violation.messageKey(), Locale.ENGLISH, violation.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {GUID, "3F2504E0-4F89-41D3-9A0C-0305E82C3301", "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}",
            "  {3F2504E0-4f89-41d3-9a0c-0305e82c3301}\n", "\"3f2504e0-4f89-41d3-9a0c-0305e82c3301\"",
            "3f2504e04f8941d39a0c0305e82c3301"})
    void caseBracesQuotesSpacesAndMissingHyphensAreNormalisedSilently(String input) {
        TrackingGuid.Parsed parsed = TrackingGuid.parse("guid", input);
        assertThat(parsed.guid().value()).isEqualTo(GUID);
        assertThat(parsed.pidPrefixRemoved()).isFalse();
    }

    @Test
    void aPastedPidPrefixIsRemovedWithANotice() {
        TrackingGuid.Parsed parsed = TrackingGuid.parse("guid", "PID-" + GUID.toUpperCase(Locale.ROOT));
        assertThat(parsed.guid().value()).isEqualTo(GUID);
        assertThat(parsed.pidPrefixRemoved()).isTrue();
        assertThat(parsed.partnerCenterSuffixRemoved()).isFalse();
        assertThat(parsed.guid().pid()).isEqualTo("pid-" + GUID);

        TrackingGuid.Parsed partnerCenter = TrackingGuid.parse("guid", "pid-" + GUID + "-partnercenter");
        assertThat(partnerCenter.guid().value()).isEqualTo(GUID);
        assertThat(partnerCenter.partnerCenterSuffixRemoved()).isTrue();
    }

    @Test
    void thePublicDocumentsOwnExampleIsRefusedNamingTheLastGroup() {
        List<Violation> problems = refusal("eb7927c8-dd66-43e1-b0cf-c346a422063");
        assertThat(problems).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("guid");
            assertThat(v.messageKey()).isEqualTo("attribution.guid.group-length.5");
            assertThat(v.arguments()).containsExactly(11, 12);
        });
        assertThat(english(problems.getFirst())).isEqualTo("The last group has 11 hex digits; it needs 12.");
        assertThat(TEXTS.getTranslation(problems.getFirst().messageKey(), Locale.FRENCH, problems.getFirst().arguments()))
                .isEqualTo("Le dernier groupe compte 11 chiffres hexadécimaux ; il en faut 12.");
        // Pasted with its prefix, as in the document, it is still the last group that is wrong.
        assertThat(refusal("pid-eb7927c8-dd66-43e1-b0cf-c346a422063")).extracting(Violation::messageKey)
                .containsExactly("attribution.guid.group-length.5");
    }

    @Test
    void everyWrongGroupIsNamed() {
        assertThat(refusal("eb7927c-dd66-43e1-b0cf-c346a4220631").stream().map(TrackingGuidTest::english))
                .containsExactly("The first group has 7 hex digits; it needs 8.");
        assertThat(refusal("eb7927c8-d-43e1-b0cf1-c346a4220631").stream().map(TrackingGuidTest::english))
                .containsExactly("The second group has 1 hex digit; it needs 4.", "The fourth group has 5 hex digits; it needs 4.");
        assertThat(refusal("eb7927c8--43e1-b0cf-c346a4220631").stream().map(TrackingGuidTest::english))
                .containsExactly("The second group has no hex digits; it needs 4.");
    }

    @Test
    void aCharacterThatIsNotHexadecimalIsNamedWithItsPosition() {
        assertThat(refusal("eb7927c8-dd66-43g1-b0cf-c346a4220631").stream().map(TrackingGuidTest::english))
                .containsExactly("“g” at position 17 is not a hexadecimal digit: a GUID uses only 0–9, a–f and hyphens.");
        assertThat(refusal("XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX")).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("X", 1));
        // A space inside is named by its code, since it cannot be seen.
        assertThat(refusal("eb7927c8-dd66 43e1-b0cf-c346a4220631")).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("U+0020", 14));
        // Full-width digits look like hexadecimal digits but are not.
        assertThat(refusal("ｅb7927c8-dd66-43e1-b0cf-c346a4220631")).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly("ｅ", 1));
    }

    @Test
    void wrongCountsAndEmptyOrNilInputAreRefused() {
        assertThat(refusal("eb7927c8-dd66-43e1-b0cf")).extracting(Violation::messageKey)
                .containsExactly("attribution.guid.group-count");
        assertThat(refusal("eb7927c8dd6643e1b0cf")).singleElement()
                .satisfies(v -> assertThat(v.arguments()).containsExactly(20));
        assertThat(refusal("   ")).extracting(Violation::messageKey).containsExactly("attribution.guid.required");
        assertThat(refusal("{}")).extracting(Violation::messageKey).containsExactly("attribution.guid.required");
        assertThat(refusal("00000000-0000-0000-0000-000000000000")).extracting(Violation::messageKey)
                .containsExactly("attribution.guid.nil");
    }

    @Test
    void strictReadingDoesNotForgiveAPrefixOrBraces() {
        assertThatThrownBy(() -> TrackingGuid.strict("name", "pid-" + GUID)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> TrackingGuid.strict("name", "{" + GUID + "}")).isInstanceOf(ValidationException.class);
        assertThat(TrackingGuid.strict("name", GUID.toUpperCase(Locale.ROOT)).value()).isEqualTo(GUID);
    }

    @Test
    void generatedGuidsAreWellFormedAndDifferent() {
        TrackingGuid a = TrackingGuid.generate();
        TrackingGuid b = TrackingGuid.generate();
        assertThat(a).isNotEqualTo(b);
        assertThat(TrackingGuid.parse("guid", a.value()).guid()).isEqualTo(a);
        assertThatThrownBy(() -> new TrackingGuid("not a guid")).isInstanceOf(IllegalArgumentException.class);
    }
}
