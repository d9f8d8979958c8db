package com.publisherportal.ui;

import com.publisherportal.listing.ui.ListingEditorView;
import com.publisherportal.onboarding.OfferService;
import com.publisherportal.testsupport.PortalSpringTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Vaadin's own texts (date picker, upload) follow the user's language, on every page that has them. */
@PortalSpringTest
@ActiveProfiles("test")
class ComponentTextsUiTest extends KaribuTest {

    @Autowired OfferService offers;

    @Test
    void aFrenchDatePickerNamesMonthsAndDaysInFrenchFromMonday() {
        login("owner@contoso.example");
        UI.getCurrent().setLocale(Locale.FRENCH);
        navigate("leads");
        _click(_get(Button.class, spec -> spec.withId("lead-more-filters")));
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("lead-filter-from"));
        DatePicker.DatePickerI18n i18n = from.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("Janvier", "Février");
        assertThat(i18n.getWeekdays()).startsWith("Dimanche", "Lundi");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Aujourd’hui");
        assertThat(i18n.getCancel()).isEqualTo("Annuler");
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(from.getLocale().getLanguage()).isEqualTo("fr");
    }

    @Test
    void anEnglishDatePickerKeepsEnglishNames() {
        login("owner@contoso.example");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("leads");
        _click(_get(Button.class, spec -> spec.withId("lead-more-filters")));
        DatePicker.DatePickerI18n i18n = _get(DatePicker.class, spec -> spec.withId("lead-filter-from")).getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January");
        assertThat(i18n.getToday()).isEqualTo("Today");
    }

    @Test
    void everyDatePickerAndUploadOnTheFrenchPagesIsInFrench() {
        login("owner@contoso.example");
        UI.getCurrent().setLocale(Locale.FRENCH);
        for (String route : new String[] {"leads", "insights", "attribution/check"}) {
            navigate(route);
            assertThat(_find(DatePicker.class)).allSatisfy(p ->
                    assertThat(p.getI18n().getToday()).as(route).isEqualTo("Aujourd’hui"));
            assertThat(_find(Upload.class)).allSatisfy(u ->
                    assertThat(u.getI18n().getError().getFileIsTooBig()).as(route).isNotBlank());
        }
        long id = offers.findByAddress("contoso", "contoso-edge").orElseThrow().id();
        navigate("offers/" + id + "/listing");
        _get(ListingEditorView.class);
        _get(TabSheet.class, spec -> spec.withId("listing-tabs")).setSelectedIndex(2);
        assertThat(_find(Upload.class)).isNotEmpty().allSatisfy(u -> {
            assertThat(u.getI18n().getAddFiles().getOne()).isEqualTo("Téléverser un fichier…");
            assertThat(u.getI18n().getDropFiles().getOne()).isEqualTo("Déposez un fichier ici");
        });
    }
}
