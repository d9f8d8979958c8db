package com.publisherportal.listing;

import com.publisherportal.listing.ListingAdvisor.Check;
import com.publisherportal.listing.ListingAdvisor.Document;
import com.publisherportal.listing.ListingAdvisor.Media;
import com.publisherportal.onboarding.OfferType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The listing advisor on a listing that follows the go-to-market advice and on one that does not. */
class ListingAdvisorTest {

    private static final List<String> KEYWORDS = List.of("backup", "disaster recovery", "compliance");

    private static ListingAdvisor.Listing good() {
        return new ListingAdvisor.Listing("Contoso Backup for Microsoft Azure",
                "Backup and disaster recovery for regulated teams, with compliance reports built in.",
                "<p>Contoso Backup gives IT teams backup and disaster recovery that passes every compliance audit.</p>"
                        + "<p>Runs on Microsoft Azure; Azure Blob Storage keeps three copies.</p>",
                KEYWORDS,
                List.of(new Media(MediaKind.SCREENSHOT, "backup-dashboard.png", null, null),
                        new Media(MediaKind.VIDEO, "thumb.png", "Disaster recovery in 75 seconds", 75)),
                List.of(new Document("compliance-brochure.pdf",
                        List.of("https://contoso.example/backup?utm_source=brochure&utm_campaign=launch"))),
                true);
    }

    @Test
    void aListingThatFollowsTheAdviceScoresFullMarksWithItsReasons() {
        ListingAdvice advice = ListingAdvisor.advise(good());
        assertThat(advice.score()).isEqualTo(100);
        assertThat(advice.failed()).isEmpty();
        assertThat(advice.items()).extracting(ListingAdvice.Item::check).containsExactly(Check.values());
        assertThat(advice.items()).extracting(ListingAdvice.Item::weight).containsExactly(15, 10, 15, 10, 10, 10, 10, 10, 10);
        assertThat(advice.item(Check.TITLE_KEYWORD).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.title.passed", "Contoso Backup for Microsoft Azure", "backup"));
        assertThat(advice.item(Check.TRADEMARKS).reason().messageKey()).isEqualTo("advisor.trademarks.passed");
        assertThat(advice.item(Check.TITLE_KEYWORD).change()).isNull();
    }

    @Test
    void aPoorListingScoresLowAndEachReasonNamesWhatIsWrongOnIt() {
        ListingAdvisor.Listing poor = new ListingAdvisor.Listing("Contoso Suite",
                "We are a leading company founded in 1998. Backup included.",
                "<p>Our company has twenty years of history in many fields.</p><p>MS Azure ready.</p>",
                List.of("backup", "compliance"),
                List.of(new Media(MediaKind.SCREENSHOT, "screen1.png", null, null),
                        new Media(MediaKind.VIDEO, "t.png", "Product tour", 240)),
                List.of(new Document("brochure.pdf", List.of("https://contoso.example/suite"))),
                true);
        ListingAdvice advice = ListingAdvisor.advise(poor);

        assertThat(advice.failed()).extracting(ListingAdvice.Item::check).containsExactly(Check.TITLE_KEYWORD,
                Check.KEYWORDS, Check.VALUE_FIRST, Check.SUMMARY_KEYWORDS, Check.DESCRIPTION_KEYWORDS, Check.MEDIA_NAMES,
                Check.VIDEO_LENGTH, Check.DOCUMENT_LINKS, Check.TRADEMARKS);
        assertThat(advice.score()).isZero();
        assertThat(advice.item(Check.TITLE_KEYWORD).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.title.failed", "Contoso Suite"));
        assertThat(advice.item(Check.TITLE_KEYWORD).change())
                .isEqualTo(ListingAdvice.Text.of("advisor.title.change", "backup"));
        assertThat(advice.item(Check.KEYWORDS).reason()).isEqualTo(ListingAdvice.Text.of("advisor.keywords.failed", 2, 3));
        assertThat(advice.item(Check.VALUE_FIRST).reason()).isEqualTo(ListingAdvice.Text.of(
                "advisor.value.summary-first", "«We are a leading company founded in 1998.»"));
        assertThat(advice.item(Check.SUMMARY_KEYWORDS).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.summary.failed", "«compliance»"));
        assertThat(advice.item(Check.DESCRIPTION_KEYWORDS).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.description.failed", "«backup», «compliance»"));
        assertThat(advice.item(Check.MEDIA_NAMES).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.media.failed", "«screen1.png», «Product tour»"));
        assertThat(advice.item(Check.VIDEO_LENGTH).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.video.length", "Product tour", 240));
        assertThat(advice.item(Check.DOCUMENT_LINKS).reason()).isEqualTo(ListingAdvice.Text.of(
                "advisor.documents.no-campaign", "brochure.pdf", "https://contoso.example/suite"));
        assertThat(advice.item(Check.TRADEMARKS).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.trademarks.failed", "MS Azure"));
        assertThat(advice.item(Check.TRADEMARKS).change())
                .isEqualTo(ListingAdvice.Text.of("advisor.trademarks.change", "Microsoft Azure"));
    }

    @Test
    void theScoreIsTheWeightFollowedOverTheWeightThatApplies() {
        ListingAdvisor.Listing g = good();
        // Only the title misses its keyword: 15 of 100 lost.
        ListingAdvice noTitleKeyword = ListingAdvisor.advise(new ListingAdvisor.Listing("Contoso for Microsoft Azure",
                g.summary(), g.description(), g.keywords(), g.media(), g.documents(), true));
        assertThat(noTitleKeyword.score()).isEqualTo(85);
        // A virtual machine has no videos: that advice does not apply, and does not count.
        ListingAdvice vm = ListingAdvisor.advise(new ListingAdvisor.Listing(g.title(), g.summary(), g.description(),
                g.keywords(), List.of(g.media().getFirst()), g.documents(), false));
        assertThat(vm.items()).extracting(ListingAdvice.Item::check).doesNotContain(Check.VIDEO_LENGTH);
        assertThat(vm.score()).isEqualTo(100);
        // A video whose length is not given cannot be judged 60-90 seconds.
        ListingAdvice unknown = ListingAdvisor.advise(new ListingAdvisor.Listing(g.title(), g.summary(), g.description(),
                g.keywords(), List.of(new Media(MediaKind.VIDEO, "t.png", "Backup tour", null)), g.documents(), true));
        assertThat(unknown.item(Check.VIDEO_LENGTH).reason())
                .isEqualTo(ListingAdvice.Text.of("advisor.video.unknown", "Backup tour"));
    }

    @Test
    void trademarksAreWrittenAsTheirOwnerWritesThem() {
        assertThat(trademarkReason("Works with azure and PowerBI")).isEqualTo(ListingAdvice.Text.of("advisor.trademarks.failed", "azure"));
        assertThat(trademarkReason("Works with Microsoft Azure and PowerBI"))
                .isEqualTo(ListingAdvice.Text.of("advisor.trademarks.failed", "PowerBI"));
        assertThat(trademarkReason("Built for Azure. Microsoft Azure ready")).isEqualTo(ListingAdvice.Text.of("advisor.trademarks.first-mention"));
        assertThat(trademarkReason("Runs on Windows Azure")).isEqualTo(ListingAdvice.Text.of("advisor.trademarks.failed", "Windows Azure"));
        assertThat(trademarkReason("Exports to Power BI from Microsoft Azure").messageKey()).isEqualTo("advisor.trademarks.passed");
        assertThat(trademarkReason("Backups for small offices").messageKey()).isEqualTo("advisor.trademarks.none");
    }

    private static ListingAdvice.Text trademarkReason(String description) {
        return ListingAdvisor.advise(new ListingAdvisor.Listing("Backup", "Backup", "<p>" + description + "</p>", KEYWORDS,
                List.of(), List.of(), false)).item(Check.TRADEMARKS).reason();
    }

    @Test
    void aConsultingTitleIsJudgedAsComposed() {
        ListingForm form = new ListingForm("Contoso", "s", "<p>d</p>", null, List.of(), List.of(), List.of(),
                List.of("implementation"), null, null, null, null, null, null, null, 2, ConsultingUnit.WEEK,
                ConsultingType.IMPLEMENTATION);
        ListingAdvisor.Listing listing = ListingAdvisor.listing(OfferType.CONSULTING_SERVICE, form, ListingAdvisor.MediaFacts.NONE);
        assertThat(listing.title()).isEqualTo("Contoso: 2-Week Implementation");
        assertThat(ListingAdvisor.advise(listing).item(Check.TITLE_KEYWORD).passed()).isTrue();
    }

    @Test
    void documentLinksAreReadFromThePdfIncludingCompressedStreamsAndCampaignParametersRecognised() throws Exception {
        byte[] plain = ("%PDF-1.4\n1 0 obj\n<< /Type /Annot /Subtype /Link /A << /S /URI /URI (https://contoso.example/a?src=pdf&mktcmpid=launch_1) >> >>\nendobj\n%%EOF")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PdfLinks.of(plain)).containsExactly("https://contoso.example/a?src=pdf&mktcmpid=launch_1");

        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write("<< /A << /S /URI /URI (https://contoso.example/b) >> >>".getBytes(StandardCharsets.ISO_8859_1));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write("%PDF-1.5\n2 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n".getBytes(StandardCharsets.ISO_8859_1));
        pdf.write(deflated.toByteArray());
        pdf.write("\nendstream\nendobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(PdfLinks.of(pdf.toByteArray())).containsExactly("https://contoso.example/b");
        assertThat(PdfLinks.of(GeneratedArtwork.pdf("Datasheet"))).isEmpty();

        assertThat(PdfLinks.hasCampaignParameters("https://x.example/p?utm_source=brochure")).isTrue();
        assertThat(PdfLinks.hasCampaignParameters("https://x.example/p?mktcmpid=blog_12")).isTrue();
        assertThat(PdfLinks.hasCampaignParameters("https://x.example/p?utm_source=&page=2")).isFalse();
        assertThat(PdfLinks.hasCampaignParameters("https://x.example/p?page=2")).isFalse();
        assertThat(PdfLinks.hasCampaignParameters("https://x.example/p")).isFalse();
    }
}
