package com.publisherportal.campaigns;

import com.publisherportal.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CampaignIdTest {

    @Test
    void sixteenCharactersAreAcceptedAndSeventeenRefused() {
        assertThat(new CampaignId("a".repeat(16)).value()).hasSize(16);
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new CampaignId("a".repeat(17)));
        assertThat(e.messageKey()).isEqualTo("campaign.id.too-long");
        assertThat(e.arguments()).containsExactly(16, 17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blog post", "spring!", "été", "a.b", "x/y"})
    void badCharactersAreRefusedWithTheRule(String value) {
        assertThat(catchThrowableOfType(ValidationException.class, () -> new CampaignId(value)).messageKey())
                .isEqualTo("campaign.id.invalid");
    }

    @Test
    void anEmptyIdIsRefusedAndUntrustedInputIsIgnoredWhenInvalid() {
        assertThat(catchThrowableOfType(ValidationException.class, () -> new CampaignId("")).messageKey())
                .isEqualTo("campaign.id.required");
        assertThat(CampaignId.lenient("blogpost_12")).isPresent();
        assertThat(CampaignId.lenient("<script>")).isEmpty();
        assertThat(CampaignId.lenient(null)).isEmpty();
    }

    @Test
    void theLinkCarriesSourceAndCampaign() {
        CampaignLink link = new CampaignLink("https://portal.example/", "contoso", "contoso-analytics",
                TrafficSource.parse("website"), new CampaignId("blogpost_12"));
        assertThat(link.url()).isEqualTo("https://portal.example/marketplace/product/contoso.contoso-analytics?src=website&mktcmpid=blogpost_12");
        assertThat(link.badgeHtml("Contoso \"Analytics\"", "Available")).contains("href=\"" + link.url().replace("&", "&amp;") + "\"")
                .contains("&quot;Analytics&quot;").doesNotContain("\"Analytics\"");
    }
}
