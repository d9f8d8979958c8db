package com.publisherportal.ui;

import com.publisherportal.campaigns.CampaignRow;
import com.publisherportal.campaigns.ui.CampaignsView;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.publisherportal.common.ui.ChartImage;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The campaign link builder, the launch checklist and the campaigns page, through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class GoToMarketUiTest extends KaribuTest {

    @Autowired OfferService offers;

    @Test
    @SuppressWarnings("unchecked")
    void aMarketerBuildsATrackedLinkAndTicksTheChecklist() {
        login("marketer@contoso.example");
        long offerId = offers.findByAddress("contoso", "contoso-advisory").orElseThrow().id();
        navigate("offers/" + offerId + "/go-to-market");
        userSets(_get(Checkbox.class, spec -> spec.withId("launch-ANNOUNCED")), true);
        assertThat(_get(Checkbox.class, spec -> spec.withId("launch-ANNOUNCED")).getValue()).isTrue();

        _get(TabSheet.class, spec -> spec.withId("gtm-tabs")).setSelectedIndex(1);
        userSets((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("campaign-source")), "linkedin");
        userSets(_get(TextField.class, spec -> spec.withId("campaign-id")), "a-17-char-campaign");
        _click(_get(Button.class, spec -> spec.withId("build-link")));
        assertThat(_get(TextField.class, spec -> spec.withId("campaign-id")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("campaign-url")).getValue()).isEmpty();

        userSets(_get(TextField.class, spec -> spec.withId("campaign-id")), "a-16-char-campgn");
        _click(_get(Button.class, spec -> spec.withId("build-link")));
        assertThat(_get(TextField.class, spec -> spec.withId("campaign-url")).getValue())
                .endsWith("/marketplace/product/contoso.contoso-advisory?src=linkedin&mktcmpid=a-16-char-campgn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCampaignsPageListsTheDemoCampaignsWithAChart() {
        login("marketer@contoso.example");
        navigate("campaigns");
        _get(CampaignsView.class);
        Grid<CampaignRow> grid = _get(Grid.class, spec -> spec.withId("campaigns-grid"));
        assertThat(_size(grid)).isPositive();
        Image chart = _get(Image.class, spec -> spec.withId("campaigns-chart"));
        assertThat(chart.getSrc()).startsWith("VAADIN/dynamic/resource/");
        assertThat(((ChartImage) chart).svg()).contains("<svg");
    }

    @Test
    void aTestDriveManualOverTheLimitIsRefusedByTheServerWhateverTheBrowserSays() {
        login("developer@contoso.example");
        long offerId = offers.findByAddress("contoso", "contoso-secure-vm").orElseThrow().id();
        navigate("offers/" + offerId + "/go-to-market");
        _get(TabSheet.class, spec -> spec.withId("gtm-tabs")).setSelectedIndex(2);
        Upload manual = _get(Upload.class, spec -> spec.withId("testdrive-manual"));
        // The browser's own 10 MB limit is bypassed here, as a crafted request would.
        com.github.mvysny.kaributesting.v10.UploadKt._upload(manual, "huge.pdf", "application/pdf",
                new byte[com.publisherportal.listing.UploadInspector.DOCUMENT_LIMIT + 1]);
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("The file is larger than 10 MB.");
    }

}
