package com.publisherportal.attribution.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.publisherportal.account.PublisherAccountRepository;
import com.publisherportal.demo.AttributionDemoData;
import com.publisherportal.attribution.DistributionChannel;
import com.publisherportal.attribution.RegisteredGuid;
import com.publisherportal.attribution.TrackingGuidService.OfferCoverage;
import com.publisherportal.onboarding.Offer;
import com.publisherportal.onboarding.OfferRepository;
import com.publisherportal.testsupport.PortalSpringTest;
import com.publisherportal.ui.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The registry, a GUID's page and the template checker, through the views. */
@PortalSpringTest
@ActiveProfiles("test")
class AttributionUiTest extends KaribuTest {

    @Autowired OfferRepository offers;
    @Autowired PublisherAccountRepository accounts;
    @Autowired com.publisherportal.attribution.TrackingGuidService partnerIds;

    @SuppressWarnings("unchecked")
    private Grid<RegisteredGuid> guidsGrid() {
        return _get(Grid.class, spec -> spec.withId("guids-grid"));
    }

    @SuppressWarnings("unchecked")
    private Grid<OfferCoverage> coverageGrid() {
        return _get(Grid.class, spec -> spec.withId("coverage-grid"));
    }

    private List<String> listedGuids() {
        return GridKt._findAll(guidsGrid()).stream().map(g -> g.guid().value()).toList();
    }

    private Offer offer(String publisherId, String offerId) {
        return offers.findByAccountIdAndOfferId(accounts.findByPublisherId(publisherId).orElseThrow().id(), offerId)
                .orElseThrow();
    }

    @Test
    void theRegistryListsOnlyTheSignedInPublishersGuidsWithSuggestions() {
        login("developer@contoso.example");
        navigate("attribution");
        _get(TrackingGuidsView.class);

        assertThat(listedGuids()).contains(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE,
                        AttributionDemoData.CONTOSO_ANALYTICS_GITHUB)
                .doesNotContain(AttributionDemoData.CONTOSO_ANALYTICS_GITHUB_RETIRED,
                        AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE, AttributionDemoData.FABRIKAM_VAULT_GITHUB);
        RegisteredGuid analytics = GridKt._findAll(guidsGrid()).stream()
                .filter(g -> g.guid().value().equals(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE)).findFirst().orElseThrow();
        List<String> row = GridKt._getFormattedRow(guidsGrid(), analytics);
        assertThat(row).contains("Contoso Analytics", "Marketplace · standard", "Solution template of the Standard plan");
        assertThat(Long.parseLong(row.get(4).replace(",", ""))).isPositive();

        userSets(_get(Checkbox.class, spec -> spec.withId("show-retired")), true);
        assertThat(listedGuids()).contains(AttributionDemoData.CONTOSO_ANALYTICS_GITHUB_RETIRED);

        // The demo's offers first (other tests add drafts of their own, named after them); no VM, consulting or BI offer.
        assertThat(GridKt._findAll(coverageGrid())).extracting(OfferCoverage::offerName)
                .startsWith("Contoso Analytics", "Contoso Edge Agent")
                .doesNotContain("Contoso Secure VM", "Contoso: 2-Week Implementation", "Contoso Insights for Power BI");
        assertThat(_get(Span.class, spec -> spec.withId("missing-combinations")).getText())
                .matches("\\d+ combinations? ha(s|ve) no GUID yet\\.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMalformedGuidIsRefusedAtTheFieldWithTheGroupNamed() {
        login("developer@contoso.example");
        navigate("attribution");
        _click(_get(Button.class, spec -> spec.withId("register-guid")));
        userSets((RadioButtonGroup<Boolean>) _get(RadioButtonGroup.class, spec -> spec.withId("register-mode")), false);
        TextField guid = _get(TextField.class, spec -> spec.withId("register-guid-input"));
        userSets(guid, "pid-eb7927c8-dd66-43e1-b0cf-c346a422063");
        userSets((ComboBox<Offer>) _get(ComboBox.class, spec -> spec.withId("register-offer")),
                offer("contoso", "contoso-secure-vm"));
        userSets(_get(TextArea.class, spec -> spec.withId("register-description")), "Copied from the documentation");
        _click(_get(Button.class, spec -> spec.withId("register-save")));

        assertThat(guid.isInvalid()).isTrue();
        assertThat(guid.getErrorMessage()).isEqualTo("The last group has 11 hex digits; it needs 12.");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TrackingGuidsView.class);
    }

    @Test
    void aMissingCombinationIsGeneratedFromItsSuggestionAndItsSnippetsAreShown() {
        login("developer@contoso.example");
        navigate("attribution");
        Offer edge = offer("contoso", "contoso-edge");
        int row = GridKt._findAll(coverageGrid()).stream().map(OfferCoverage::offerId).toList().indexOf(edge.id());
        Button suggest = (Button) _find(GridKt._getCellComponent(coverageGrid(), row, DistributionChannel.GITHUB.name()),
                Button.class).getFirst();
        _click(suggest);
        userSets(_get(TextArea.class, spec -> spec.withId("register-description")), "Edge agent samples on GitHub");
        _click(_get(Button.class, spec -> spec.withId("register-save")));

        _get(TrackingGuidView.class);
        String guid = _get(Span.class, spec -> spec.withId("guid-value")).getText();
        assertThat(guid).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(_get(Pre.class, spec -> spec.withId("snippet-arm")).getText())
                .contains("\"name\": \"pid-" + guid + "\"", "\"apiVersion\": \"2020-06-01\"", "\"resources\": []");
        assertThat(_get(Pre.class, spec -> spec.withId("snippet-terraform")).getText())
                .contains("partner_id = \"" + guid + "\"").doesNotContain("pid-");
        assertThat(_get(Pre.class, spec -> spec.withId("snippet-azure-cli")).getText())
                .isEqualTo("export AZURE_HTTP_USER_AGENT='pid-" + guid + "'");
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-template")).getText())
                .contains("Contoso Edge Agent", "Contoso software", "pid-" + guid);
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-sdk")).getText()).contains("Contoso Edge Agent");
        _click(_get(Button.class, spec -> spec.withId("copy-arm")));
        _get(Grid.class, spec -> spec.withId("deployments-grid"));

        navigate("attribution");
        OfferCoverage covered = GridKt._findAll(coverageGrid()).stream().filter(c -> c.offerId() == edge.id())
                .findFirst().orElseThrow();
        assertThat(covered.missing()).doesNotContain(DistributionChannel.GITHUB);
    }

    @Test
    void aGuidIsRetiredAfterConfirmation() {
        login("developer@contoso.example");
        navigate("attribution");
        _click(_get(Button.class, spec -> spec.withId("register-guid")));
        userSets(_get(TextArea.class, spec -> spec.withId("register-description")), "To be retired");
        @SuppressWarnings("unchecked")
        ComboBox<Offer> offer = _get(ComboBox.class, spec -> spec.withId("register-offer"));
        userSets(offer, offer("contoso", "contoso-secure-vm"));
        _click(_get(Button.class, spec -> spec.withId("register-save")));
        String guid = _get(Span.class, spec -> spec.withId("guid-value")).getText();

        navigate("attribution");
        int row = listedGuids().indexOf(guid);
        var actions = GridKt._getCellComponent(guidsGrid(), row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("retire-" + guid)));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(listedGuids()).doesNotContain(guid);
    }

    @Test
    void anotherPublishersGuidPageCannotBeOpened() {
        login("developer@contoso.example");
        navigate("attribution");
        long contosoGuidId = GridKt._findAll(guidsGrid()).getFirst().id();

        login("developer@fabrikam.example");
        navigate("");
        // Another publisher's GUID is "not found", exactly like one that does not exist.
        assertNotFound(() -> navigate("attribution/guids/" + contosoGuidId));
        assertThat(_find(Span.class, spec -> spec.withId("guid-value"))).isEmpty();
        navigate("attribution");
        assertThat(listedGuids()).containsExactlyInAnyOrder(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE,
                AttributionDemoData.FABRIKAM_VAULT_GITHUB);
    }

    @Test
    void marketersAndFinanceCannotOpenTheAttributionPages() {
        login("marketer@contoso.example");
        assertNotFound(() -> navigate("attribution"));
        assertNotFound(() -> navigate("attribution/check"));
    }

    @Test
    void theCheckerShowsTheReportOfAnUploadedTemplate() {
        login("developer@contoso.example");
        navigate("attribution/check");
        TemplateCheckView view = _get(TemplateCheckView.class);
        String template = """
                { "resources": [ { "type": "Microsoft.Resources/deployments", "apiVersion": "2018-02-01",
                  "name": "pid-%s", // a GUID of another publisher
                  "properties": { "mode": "Incremental", "template": { "resources": [] } } } ] }"""
                .formatted(AttributionDemoData.FABRIKAM_BACKUP_MARKETPLACE);
        view.show(view.check("azuredeploy.json", new ByteArrayInputStream(template.getBytes(StandardCharsets.UTF_8))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-verdict")).getText()).startsWith("Verdict: errors.");
        assertThat(_get(view, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("tracking-deployment-0"))
                .getElement().getTextRecursively()).contains("Not registered to you", "2018-02-01");

        view.show(view.check("mainTemplate.json", new ByteArrayInputStream("not json".getBytes(StandardCharsets.UTF_8))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-refused")).getText())
                .isEqualTo("mainTemplate.json is not valid JSON (line 1, column 1).");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGuidForAQuickstartTemplateIsRegisteredWithoutAnOfferAndItsPageShowsTheVerificationScripts() {
        login("developer@contoso.example");
        navigate("attribution");
        _click(_get(Button.class, spec -> spec.withId("register-guid")));
        userSets(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("register-channel")),
                DistributionChannel.QUICKSTART_TEMPLATE);
        userSets(_get(TextArea.class, spec -> spec.withId("register-description")), "Contoso quickstart sample");
        assertThat(_get(ComboBox.class, spec -> spec.withId("register-offer")).getValue()).isNull();
        _click(_get(Button.class, spec -> spec.withId("register-save")));

        _get(TrackingGuidView.class);
        String guid = _get(Span.class, spec -> spec.withId("guid-value")).getText();
        assertThat(_get(Pre.class, spec -> spec.withId("verify-azure-cli")).getText())
                .contains("az deployment group list", "starts_with(name, 'pid-" + guid + "')");
        assertThat(_get(Pre.class, spec -> spec.withId("verify-powershell")).getText())
                .contains("Get-AzResourceGroupDeployment", "'pid-" + guid + "*'");
        _get(Button.class, spec -> spec.withId("copy-verify-azure-cli"));
        _get(Button.class, spec -> spec.withId("copy-verify-powershell"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("privacy-template")).getText())
                .contains("Contoso quickstart sample", "pid-" + guid);
        assertThat(_get(Paragraph.class, spec -> spec.withId("guid-partner-id")).getText())
                .isEqualTo("No partner network ID recorded yet: an owner or manager can record it on the tracking GUIDs page.");

        navigate("attribution");
        RegisteredGuid listed = GridKt._findAll(guidsGrid()).stream().filter(g -> g.guid().value().equals(guid))
                .findFirst().orElseThrow();
        assertThat(listed.channel()).isEqualTo(DistributionChannel.QUICKSTART_TEMPLATE);
        assertThat(listed.hasOffer()).isFalse();
    }

    @Test
    void anOwnerRecordsThePartnerNetworkIdAtTheFieldAndItIsShownBesideDeployments() {
        login("owner@contoso.example");
        navigate("attribution");
        TextField field = _get(TextField.class, spec -> spec.withId("partner-id"));
        userSets(field, "12-34567");
        _click(_get(Button.class, spec -> spec.withId("partner-id-save")));
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("A partner network ID has digits only.");

        userSets(field, "1234567");
        _click(_get(Button.class, spec -> spec.withId("partner-id-save")));
        try {
            assertThat(field.isInvalid()).isFalse();
            assertThat(_get(Paragraph.class, spec -> spec.withId("registry-partner-id")).getText())
                    .isEqualTo("These deployments are reported under partner network ID 1234567.");
            long id = GridKt._findAll(guidsGrid()).stream()
                    .filter(g -> g.guid().value().equals(AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE))
                    .findFirst().orElseThrow().id();
            navigate("attribution/guids/" + id);
            assertThat(_get(Paragraph.class, spec -> spec.withId("guid-partner-id")).getText())
                    .isEqualTo("Reported under partner network ID 1234567 with GUID "
                            + AttributionDemoData.CONTOSO_ANALYTICS_MARKETPLACE + ".");

            // A developer reads it but cannot change it; another publisher sees nothing of it.
            login("developer@contoso.example");
            navigate("attribution");
            assertThat(_get(TextField.class, spec -> spec.withId("partner-id")).isReadOnly()).isTrue();
            assertThat(_find(Button.class, spec -> spec.withId("partner-id-save"))).isEmpty();
            login("owner@fabrikam.example");
            navigate("");
            navigate("attribution");
            assertThat(_get(TextField.class, spec -> spec.withId("partner-id")).getValue()).isEmpty();
        } finally {
            login("owner@contoso.example");
            partnerIds.recordPartnerNetworkId(accounts.findByPublisherId("contoso").orElseThrow().id(), "");
        }
    }
}
