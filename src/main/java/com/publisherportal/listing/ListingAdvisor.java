package com.publisherportal.listing;

import com.publisherportal.listing.ListingAdvice.Item;
import com.publisherportal.listing.ListingAdvice.Text;
import com.publisherportal.onboarding.OfferType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The go-to-market document's advice for a listing that sells, checked on the listing's own text
 * and media: a title carrying the search words, the value proposition first, the keywords in the
 * summary and description, media named with the keywords, videos of 60–90 seconds, documents whose
 * links carry campaign parameters, trademarks used correctly. Pure: the same listing always gets
 * the same advice. The score is the weight of the advice followed over the weight of the advice
 * that applies (videos only where the offer type has them), out of 100.
 */
public final class ListingAdvisor {

    /** Each piece of advice and its weight (they add up to 100 when every one applies). */
    public enum Check {
        TITLE_KEYWORD(15), KEYWORDS(10), VALUE_FIRST(15), SUMMARY_KEYWORDS(10), DESCRIPTION_KEYWORDS(10),
        MEDIA_NAMES(10), VIDEO_LENGTH(10), DOCUMENT_LINKS(10), TRADEMARKS(10);

        private final int weight;

        Check(int weight) {
            this.weight = weight;
        }

        public int weight() {
            return weight;
        }
    }

    public static final int VIDEO_MIN_SECONDS = 60;
    public static final int VIDEO_MAX_SECONDS = 90;
    /** Search results show about the first sentence; a longer one hides the value proposition. */
    public static final int FIRST_SENTENCE_MAX_WORDS = 30;
    static final int QUOTE_MAX = 60;

    /** A screenshot (its file name) or a video (its title, and its length when given). */
    public record Media(MediaKind kind, String fileName, String title, Integer durationSeconds) {
        public Media {
            if (kind == null) {
                throw new IllegalArgumentException("Media have a kind");
            }
        }

        /** The name a customer or a search engine reads: a video's title, else the file's name. */
        public String shownName() {
            return kind == MediaKind.VIDEO && title != null ? title : fileName == null ? "" : fileName;
        }
    }

    /** A learn-more document and the web links found in it. */
    public record Document(String fileName, List<String> links) {
        public Document {
            links = List.copyOf(links);
        }
    }

    /** What the advisor reads: the listing's texts (description as stored, HTML), keywords, media and documents. */
    public record Listing(String title, String summary, String description, List<String> keywords, List<Media> media,
                          List<Document> documents, boolean videosAllowed) {
        public Listing {
            keywords = keywords == null ? List.of()
                    : keywords.stream().filter(k -> k != null && !k.isBlank()).map(String::trim).toList();
            media = media == null ? List.of() : List.copyOf(media);
            documents = documents == null ? List.of() : List.copyOf(documents);
        }
    }

    /** What a listing's stored media give the advisor: names, titles, lengths, and the documents' links. */
    public record MediaFacts(List<Media> media, List<Document> documents) {
        public static final MediaFacts NONE = new MediaFacts(List.of(), List.of());

        public MediaFacts {
            media = List.copyOf(media);
            documents = List.copyOf(documents);
        }
    }

    /** The advisor's view of a listing of {@code type}: the form's texts (possibly unsaved) with the stored media. */
    public static Listing listing(OfferType type, ListingForm form, MediaFacts facts) {
        ListingCapabilities can = ListingCapabilities.of(type);
        boolean videos = can.videos();
        if (form == null) {
            return new Listing(null, null, null, List.of(), facts.media(), facts.documents(), videos);
        }
        // A consulting offer's title is composed ("Contoso: 2-Week Implementation"); the name alone is its first part.
        String title = can.consultingTitle() && form.name() != null && !form.name().isBlank()
                ? new ConsultingTitle(form.name(), form.consultingDuration(), form.consultingUnit(), form.consultingType())
                .composed() : form.name();
        return new Listing(title, form.summary(), form.description(), form.keywords(), facts.media(),
                facts.documents(), videos);
    }

    /** A trademark written the wrong way and how the owner's guidelines write it. */
    record Trademark(Pattern wrong, String right) {
    }

    /** Common misuses of Microsoft's names: abbreviations, old names, wrong spacing or case, possessives. */
    static final List<Trademark> TRADEMARKS = List.of(
            new Trademark(Pattern.compile("\\bWindows Azure\\b", Pattern.CASE_INSENSITIVE), "Microsoft Azure"),
            new Trademark(Pattern.compile("\\bMS\\s+Azure\\b", Pattern.CASE_INSENSITIVE), "Microsoft Azure"),
            new Trademark(Pattern.compile("\\bAzure's\\b|\\bAzure’s\\b"), "Microsoft Azure"),
            new Trademark(Pattern.compile("\\b(?!Azure\\b)(?i:azure)\\b"), "Azure"),
            new Trademark(Pattern.compile("\\b(?!Power BI\\b)(?i:power\\s?bi)\\b"), "Power BI"),
            new Trademark(Pattern.compile("\\b(?!Dynamics 365\\b)(?i:dynamics\\s?365)\\b|\\bD365\\b"), "Dynamics 365"),
            new Trademark(Pattern.compile("\\b(?!SharePoint\\b)(?i:share\\s?point)\\b"), "SharePoint"),
            new Trademark(Pattern.compile("\\b(?!Office 365\\b)(?i:office\\s?365)\\b|\\bO365\\b"), "Office 365"),
            new Trademark(Pattern.compile("\\bMS\\s+(Office|Teams|Dynamics|Excel|Windows)\\b"), "Microsoft $1"));
    private static final Pattern AZURE = Pattern.compile("\\bAzure\\b");

    private ListingAdvisor() {
    }

    public static ListingAdvice advise(Listing l) {
        List<Item> items = new ArrayList<>();
        String summary = plain(l.summary());
        String description = plain(l.description());
        items.add(title(l));
        items.add(keywords(l));
        items.add(valueFirst(l, summary, description));
        items.add(keywordsIn(Check.SUMMARY_KEYWORDS, "summary", l.keywords(), summary));
        items.add(keywordsIn(Check.DESCRIPTION_KEYWORDS, "description", l.keywords(), description));
        items.add(mediaNames(l));
        if (l.videosAllowed()) {
            items.add(videoLength(l));
        }
        items.add(documentLinks(l));
        items.add(trademarks(String.join("\n", nonNull(l.title()), summary, description)));
        int applicable = items.stream().mapToInt(Item::weight).sum();
        int followed = items.stream().filter(Item::passed).mapToInt(Item::weight).sum();
        return new ListingAdvice(Math.round(100f * followed / applicable), items);
    }

    private static Item title(Listing l) {
        Check c = Check.TITLE_KEYWORD;
        if (isBlank(l.title())) {
            return failed(c, Text.of("advisor.title.missing"), Text.of("advisor.title.change.none"));
        }
        if (l.keywords().isEmpty()) {
            return failed(c, Text.of("advisor.no-keywords"), Text.of("advisor.keywords.change"));
        }
        for (String keyword : l.keywords()) {
            if (contains(l.title(), keyword)) {
                return passed(c, Text.of("advisor.title.passed", l.title(), keyword));
            }
        }
        return failed(c, Text.of("advisor.title.failed", l.title()), Text.of("advisor.title.change", l.keywords().getFirst()));
    }

    private static Item keywords(Listing l) {
        int count = l.keywords().size();
        return count >= ListingRules.KEYWORDS_MAX
                ? passed(Check.KEYWORDS, Text.of("advisor.keywords.passed", String.join(", ", l.keywords())))
                : failed(Check.KEYWORDS, Text.of("advisor.keywords.failed", count, ListingRules.KEYWORDS_MAX),
                Text.of("advisor.keywords.change"));
    }

    private static Item valueFirst(Listing l, String summary, String description) {
        Check c = Check.VALUE_FIRST;
        Text change = Text.of("advisor.value.change");
        if (summary.isEmpty() || description.isEmpty()) {
            return failed(c, Text.of("advisor.value.missing"), change);
        }
        if (l.keywords().isEmpty()) {
            return failed(c, Text.of("advisor.no-keywords"), Text.of("advisor.keywords.change"));
        }
        String summaryFirst = firstSentence(summary);
        if (l.keywords().stream().noneMatch(k -> contains(summaryFirst, k))) {
            return failed(c, Text.of("advisor.value.summary-first", quote(summaryFirst)), change);
        }
        String descriptionFirst = firstSentence(description);
        if (l.keywords().stream().noneMatch(k -> contains(descriptionFirst, k))) {
            return failed(c, Text.of("advisor.value.description-first", quote(descriptionFirst)), change);
        }
        int words = descriptionFirst.split("\\s+").length;
        if (words > FIRST_SENTENCE_MAX_WORDS) {
            return failed(c, Text.of("advisor.value.too-long", words, FIRST_SENTENCE_MAX_WORDS), change);
        }
        return passed(c, Text.of("advisor.value.passed"));
    }

    private static Item keywordsIn(Check c, String where, List<String> keywords, String text) {
        if (keywords.isEmpty()) {
            return failed(c, Text.of("advisor.no-keywords"), Text.of("advisor.keywords.change"));
        }
        List<String> missing = keywords.stream().filter(k -> !contains(text, k)).toList();
        return missing.isEmpty() ? passed(c, Text.of("advisor." + where + ".passed"))
                : failed(c, Text.of("advisor." + where + ".failed", quoted(missing)),
                Text.of("advisor." + where + ".change", quoted(missing)));
    }

    private static Item mediaNames(Listing l) {
        Check c = Check.MEDIA_NAMES;
        List<Media> shown = l.media().stream()
                .filter(m -> m.kind() == MediaKind.SCREENSHOT || m.kind() == MediaKind.VIDEO).toList();
        if (shown.isEmpty()) {
            return failed(c, Text.of("advisor.media.none"), Text.of("advisor.media.change"));
        }
        if (l.keywords().isEmpty()) {
            return failed(c, Text.of("advisor.no-keywords"), Text.of("advisor.keywords.change"));
        }
        List<String> unnamed = shown.stream().map(Media::shownName)
                .filter(name -> l.keywords().stream().noneMatch(k -> contains(words(name), k))).toList();
        return unnamed.isEmpty() ? passed(c, Text.of("advisor.media.passed", shown.size()))
                : failed(c, Text.of("advisor.media.failed", quoted(unnamed)), Text.of("advisor.media.change"));
    }

    private static Item videoLength(Listing l) {
        Check c = Check.VIDEO_LENGTH;
        List<Media> videos = l.media().stream().filter(m -> m.kind() == MediaKind.VIDEO).toList();
        if (videos.isEmpty()) {
            return failed(c, Text.of("advisor.video.none"), Text.of("advisor.video.change.add"));
        }
        for (Media video : videos) {
            if (video.durationSeconds() == null) {
                return failed(c, Text.of("advisor.video.unknown", video.shownName()), Text.of("advisor.video.change.length"));
            }
            int s = video.durationSeconds();
            if (s < VIDEO_MIN_SECONDS || s > VIDEO_MAX_SECONDS) {
                return failed(c, Text.of("advisor.video.length", video.shownName(), s),
                        Text.of("advisor.video.change", VIDEO_MIN_SECONDS, VIDEO_MAX_SECONDS));
            }
        }
        return passed(c, Text.of("advisor.video.passed", videos.size()));
    }

    private static Item documentLinks(Listing l) {
        Check c = Check.DOCUMENT_LINKS;
        if (l.documents().isEmpty()) {
            return failed(c, Text.of("advisor.documents.none"), Text.of("advisor.documents.change"));
        }
        for (Document d : l.documents()) {
            if (d.links().isEmpty()) {
                return failed(c, Text.of("advisor.documents.no-link", d.fileName()), Text.of("advisor.documents.change"));
            }
            if (d.links().stream().noneMatch(PdfLinks::hasCampaignParameters)) {
                return failed(c, Text.of("advisor.documents.no-campaign", d.fileName(), shorten(d.links().getFirst())),
                        Text.of("advisor.documents.change"));
            }
        }
        return passed(c, Text.of("advisor.documents.passed", l.documents().size()));
    }

    private static Item trademarks(String text) {
        Check c = Check.TRADEMARKS;
        for (Trademark t : TRADEMARKS) {
            Matcher m = t.wrong().matcher(text);
            if (m.find()) {
                String right = m.groupCount() > 0 && m.group(1) != null ? t.right().replace("$1", m.group(1)) : t.right();
                return failed(c, Text.of("advisor.trademarks.failed", m.group()), Text.of("advisor.trademarks.change", right));
            }
        }
        Matcher azure = AZURE.matcher(text);
        if (azure.find()) {
            String before = text.substring(Math.max(0, azure.start() - 10), azure.start());
            if (!before.endsWith("Microsoft ")) {
                return failed(c, Text.of("advisor.trademarks.first-mention"),
                        Text.of("advisor.trademarks.change", "Microsoft Azure"));
            }
            return passed(c, Text.of("advisor.trademarks.passed"));
        }
        return passed(c, Text.of("advisor.trademarks.none"));
    }

    private static Item passed(Check c, Text reason) {
        return new Item(c, c.weight(), true, reason, null);
    }

    private static Item failed(Check c, Text reason, Text change) {
        return new Item(c, c.weight(), false, reason, change);
    }

    /** The text a reader sees: tags dropped, the common entities read, spaces collapsed. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").trim();
    }

    static String firstSentence(String text) {
        Matcher end = Pattern.compile("[.!?](\\s|$)").matcher(text);
        return end.find() ? text.substring(0, end.start() + 1) : text;
    }

    /** A file name as words: "azure-backup_report.png" reads "azure backup report png". */
    private static String words(String name) {
        return name.replaceAll("[-_.]+", " ");
    }

    /** Whether {@code text} holds {@code keyword} (case and separators aside). */
    static boolean contains(String text, String keyword) {
        String haystack = " " + text.toLowerCase(Locale.ROOT).replaceAll("[-_]+", " ") + " ";
        String needle = keyword.toLowerCase(Locale.ROOT).replaceAll("[-_]+", " ").trim();
        return !needle.isEmpty() && haystack.contains(needle);
    }

    private static String quoted(List<String> items) {
        return String.join(", ", items.stream().map(i -> "«" + shorten(i) + "»").toList());
    }

    private static String quote(String sentence) {
        return "«" + shorten(sentence) + "»";
    }

    private static String shorten(String text) {
        return text.length() <= QUOTE_MAX ? text : text.substring(0, QUOTE_MAX - 1) + "…";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
