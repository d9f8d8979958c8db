package com.publisherportal.ui;

import com.publisherportal.listing.PreviewAudienceService;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The preview audience page: the link, adding one by one and by CSV, and who may open it. */
@PortalSpringTest
@ActiveProfiles("test")
class PreviewAudienceUiTest extends KaribuTest {

    @Autowired OfferService offers;
    @Autowired PreviewAudienceService audiences;

    @Test
    void theOwnerSeesTheLinkAndAddsPeopleOneByOneAndByCsv() {
        login("owner@fabrikam.example");
        long sync = offers.findByAddress("fabrikam", "fabrikam-sync").orElseThrow().id();
        navigate("offers/" + sync);
        assertThat(_get(Anchor.class, spec -> spec.withId("preview-audience-link")).getHref())
                .isEqualTo("offers/" + sync + "/preview-audience");
        navigate("offers/" + sync + "/preview-audience");
        String token = audiences.audience(sync).token();
        assertThat(_get(TextField.class, spec -> spec.withId("preview-link")).getValue()).endsWith("/preview/" + token);

        userSets(_get(TextField.class, spec -> spec.withId("preview-audience-entry")), "not an address");
        _click(_get(Button.class, spec -> spec.withId("preview-audience-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("preview-audience-entry")).getErrorMessage())
                .isEqualTo("Not a valid e-mail address.");
        userSets(_get(TextField.class, spec -> spec.withId("preview-audience-entry")), "ada@northwind.example");
        _click(_get(Button.class, spec -> spec.withId("preview-audience-add")));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("preview-audience-list")).getElement().getTextRecursively())
                .contains("ada@northwind.example");

        Upload csv = _get(Upload.class, spec -> spec.withId("preview-audience-csv"));
        com.github.mvysny.kaributesting.v10.UploadKt._upload(csv, "audience.csv", "text/csv",
                "email\nbob@northwind.example\nnot-an-address\n".getBytes(StandardCharsets.UTF_8));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Line 3: Not a valid e-mail address.");
        assertThat(audiences.audience(sync).members()).doesNotContain("bob@northwind.example");

        _click(_get(Button.class, spec -> spec.withId("preview-link-revoke")));
        assertThat(audiences.audience(sync).token()).isNotEqualTo(token);
    }

    @Test
    void fabrikamCannotOpenContososPreviewAudience() {
        login("owner@fabrikam.example");
        long edge = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        assertNotFound(() -> navigate("offers/" + edge + "/preview-audience"));
    }
}
