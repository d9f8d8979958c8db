package com.publisherportal.onboarding;

import com.publisherportal.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"FR76 3000 6000 0112 3456 7890 189", "de89370400440532013000", "GB82 WEST 1234 5698 7654 32"})
    void acceptsValidIbansWrittenAsPeopleWriteThem(String input) {
        assertThat(Iban.parse(input).value()).doesNotContain(" ").isUpperCase();
    }

    @Test
    void refusesAWrongCheckDigitWithTheChecksumMessage() {
        assertThatThrownBy(() -> Iban.parse("FR76 3000 6000 0112 3456 7890 188"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("registration.iban.checksum");
    }

    @Test
    void refusesSomethingThatIsNotShapedLikeAnIban() {
        assertThatThrownBy(() -> Iban.parse("12345")).hasMessageContaining("registration.iban.shape");
        assertThatThrownBy(() -> Iban.parse(null)).hasMessageContaining("registration.iban.shape");
    }

    @Test
    void formatsInGroupsOfFour() {
        assertThat(Iban.parse("DE89370400440532013000").formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
    }
}
