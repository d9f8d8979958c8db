package com.publisherportal.browser;

import com.publisherportal.testsupport.Chromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's way through the portal in a real browser, at one screen size and in one language.
 * After every step it looks at the page as that person would and keeps a screenshot under
 * {@code target/screenshots/}; what it finds wrong (a console error, an English word on a French
 * page, a button cut at the screen's edge or by its own width, a page that scrolls sideways, a raw
 * enum constant) is collected and fails the journey at its end with every step's findings.
 */
final class Journey implements AutoCloseable {

    /** A screen size and a language. */
    record Variant(String language, int width, int height) {
        boolean french() {
            return language.equals("fr");
        }

        String browserLanguage() {
            return french() ? "fr-FR" : "en-US";
        }

        @Override
        public String toString() {
            return language + "-" + width;
        }
    }

    static final List<Variant> VARIANTS = List.of(new Variant("en", 1440, 900), new Variant("en", 390, 844),
            new Variant("fr", 1440, 900), new Variant("fr", 390, 844));

    private static final Set<String> ENGLISH_WORDS = wordList();
    private static final Set<String> ENUM_CONSTANTS = enumConstants();
    /** Upper-case words a person reads as words, not as a program's values. */
    private static final Set<String> ACRONYMS = Set.of("CSV", "XLSX", "JSON", "GUID", "HTTPS", "HTTP", "URL", "USD", "EUR",
            "GBP", "ARM", "API", "IBAN", "PDF", "PNG", "SVG", "VAT", "TVA", "SIRET", "CRM", "ISV", "ROI", "SAML", "OIDC");
    private static final Pattern UPPER_TOKEN = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Every text a person can see, shadow roots included (Vaadin's own components keep their texts there). */
    private static final String VISIBLE_TEXTS = """
            const out = [];
            const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE']);
            const seen = el => el.checkVisibility({visibilityProperty: true});
            function walk(node) {
              if (node.nodeType === 3) {
                const p = node.parentElement;
                const t = node.textContent.trim();
                if (t && p && seen(p)) out.push(t);
                return;
              }
              if (node.nodeType === 1) {
                if (skip.has(node.tagName)) return;
                for (const a of ['placeholder', 'aria-label', 'title']) {
                  const v = node.getAttribute(a);
                  if (v && v.trim() && a !== 'title' && seen(node)) out.push(v.trim());
                }
                if (node.shadowRoot) walk(node.shadowRoot);
              }
              if (node.nodeType === 1 || node.nodeType === 11) {
                for (const c of node.childNodes) walk(c);
              }
            }
            walk(document.body);
            return out;""";

    /** Buttons a person cannot read whole: cut at the screen's right edge, or their label cut short. */
    private static final String CLIPPED_BUTTONS = """
            const width = document.documentElement.clientWidth;
            const found = [];
            const all = [];
            (function collect(root) {
              root.querySelectorAll('vaadin-button, vaadin-menu-bar-button, a[download]').forEach(e => all.push(e));
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) collect(e.shadowRoot); });
            })(document);
            for (const b of all) {
              if (!b.checkVisibility({visibilityProperty: true}) || b.closest('vaadin-grid')) continue;
              const r = b.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              const name = (b.innerText || b.getAttribute('aria-label') || b.id || b.tagName).trim().replace(/\\s+/g, ' ').slice(0, 40);
              // A menu bar's button pads its label inside the part; only a plain button's label part is its text.
              const label = b.tagName === 'VAADIN-BUTTON' && b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
              if (r.left < width && r.right > width + 1) {
                found.push('"' + name + '" cut at the screen edge (' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + width + ' px)');
              } else if (label && label.scrollWidth > label.clientWidth + 1) {
                found.push('"' + name + '" label cut (' + label.scrollWidth + ' px in ' + label.clientWidth + ')');
              }
            }
            document.querySelectorAll('vaadin-dialog').forEach(d => {
              const overlay = d.shadowRoot && d.shadowRoot.querySelector('vaadin-dialog-overlay');
              const content = (overlay || d).shadowRoot && (overlay || d).shadowRoot.querySelector('[part~=content]');
              if (content && content.checkVisibility() && content.scrollWidth > content.clientWidth + 1) {
                found.push('the dialog "' + (d.id || d.headerTitle || '') + '" scrolls sideways (' + content.scrollWidth + ' px in ' + content.clientWidth + ')');
              }
            });
            const page = document.scrollingElement;
            if (page.scrollWidth > page.clientWidth + 1) {
              found.push('the page scrolls sideways (' + page.scrollWidth + ' px in ' + page.clientWidth + ')');
            }
            return found;""";

    private final Chromium chromium;
    private final Variant variant;
    private final String name;
    private final java.util.function.Supplier<Set<String>> peoplesWords;
    private final List<String> findings = new ArrayList<>();
    private int step;

    private Journey(Chromium chromium, Variant variant, String name, java.util.function.Supplier<Set<String>> peoplesWords) {
        this.chromium = chromium;
        this.variant = variant;
        this.name = name;
        this.peoplesWords = peoplesWords;
    }

    /**
     * A browser for the journey. {@code peoplesWords} are the words people wrote (names, e-mail
     * addresses, listings, leads): English there is theirs, not the portal's.
     */
    static Journey start(int port, Variant variant, String name, java.util.function.Supplier<Set<String>> peoplesWords) throws Exception {
        Chromium chromium = Chromium.start(port, variant.browserLanguage());
        chromium.driver().manage().window().setSize(new Dimension(variant.width(), variant.height()));
        return new Journey(chromium, variant, name, peoplesWords);
    }

    Chromium chromium() {
        return chromium;
    }

    Variant variant() {
        return variant;
    }

    /** The text in the variant's language. */
    String say(String english, String french) {
        return variant.french() ? french : english;
    }

    void open(String path) {
        chromium.open(path);
        settle();
    }

    void signIn(String email, String password) {
        chromium.signIn(email, password);
        settle();
    }

    WebElement find(String id) {
        return waiting().until(d -> {
            return d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    void click(String id) {
        WebElement element = find(id);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        settle();
    }

    /** Types into a text field or text area, then leaves it, as a person tabbing to the next field. */
    void type(String id, String text) {
        WebElement field = find(id);
        WebElement input = field.findElement(By.cssSelector("input, textarea"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        settle();
    }

    /** Picks the combo box item whose label is the text, typing it as a person would. */
    void choose(String id, String label) {
        WebElement input = find(id).findElement(By.cssSelector("input"));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(label);
        WebElement item = waiting().until(d -> (WebElement) js().executeScript("""
                return [...document.querySelectorAll('vaadin-combo-box-item, vaadin-multi-select-combo-box-item')]
                    .find(i => i.textContent.trim() === arguments[0] && i.checkVisibility()) || null;""", label));
        item.click();
        if (find(id).getTagName().equals("vaadin-multi-select-combo-box")) {
            input.sendKeys(Keys.ESCAPE);
        }
        settle();
    }

    /** Opens a select and picks its item at the index (counted without an empty selection). */
    /**
     * Picks the item of a select with this label. Clicked through the DOM: on a phone the overlay
     * slides in, and a click at the item's position while it moves can land on its neighbour.
     */
    void selectLabelled(String id, String label) {
        WebElement select = find(id);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        WebElement item = waiting().until(d -> (WebElement) js().executeScript("""
                const select = arguments[1];
                if (!select.opened) return null;
                return [...select.querySelectorAll('vaadin-select-item')]
                    .find(i => i.checkVisibility() && i.textContent.trim() === arguments[0]) || null;""", label, select));
        js().executeScript("arguments[0].click()", item);
        settle();
    }

    void select(String id, int index) {
        WebElement select = find(id);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
        select.click();
        WebElement item = waiting().until(d -> (WebElement) js().executeScript("""
                const select = arguments[1];
                if (!select.opened) return null;
                const items = [...select.querySelectorAll('vaadin-select-item')]
                    .filter(i => i.checkVisibility() && i.getAttribute('value') !== '');
                return items[arguments[0]] || null;""", index, select));
        clickCell(item);
    }

    /** Picks the radio button at the index (0 first) of a radio group. */
    void pick(String id, int index) {
        WebElement radio = find(id).findElements(By.cssSelector("vaadin-radio-button")).get(index);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
        radio.findElement(By.cssSelector("input")).click();
        settle();
    }

    void tick(String id) {
        WebElement box = find(id);
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
        if (box.getAttribute("checked") == null) {
            box.findElement(By.cssSelector("input")).click();
        }
        settle();
    }

    /** Chooses a file for a Vaadin upload, as the file dialog would. */
    void upload(String id, String fileName, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory("journey-upload");
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        WebElement upload = find(id);
        WebElement input = (WebElement) js().executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        // Done when the upload says so, or when the page has replaced it with the uploaded file's row.
        waiting().until(d -> {
            try {
                return Boolean.TRUE.equals(js().executeScript("""
                        const files = arguments[0].files || [];
                        return !arguments[0].isConnected || (files.length > 0 && files.every(f => f.complete || f.error));""", upload));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return true;
            }
        });
        settle();
    }

    /** Clicks the first visible element of the selector whose text is the text (a grid cell, a link). */
    void clickText(String selector, String text) {
        WebElement element = waiting().until(d -> (WebElement) js().executeScript("""
                return [...document.querySelectorAll(arguments[0])]
                    .find(e => e.textContent.trim() === arguments[1] && e.checkVisibility()) || null;""", selector, text));
        clickCell(element);
    }

    /** Shows the tab sheet's tab at the index. */
    void tab(String tabSheetId, int index) {
        WebElement tab = waiting().until(d -> (WebElement) js().executeScript(
                "return document.querySelectorAll('#' + arguments[0] + ' vaadin-tab')[arguments[1]] || null", tabSheetId, index));
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", tab);
        tab.click();
        settle();
    }

    /** Clicks the first cell of the grid's row at the index, as a person opening a result. */
    void clickRow(String gridId, int index) {
        WebElement cell = waiting().until(d -> (WebElement) js().executeScript("""
                const grid = document.getElementById(arguments[0]);
                const rows = grid ? [...grid.shadowRoot.querySelectorAll('tbody#items tr')].filter(r => !r.hidden) : [];
                rows.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
                const slot = rows[arguments[1]] && rows[arguments[1]].querySelector('td slot');
                return (slot && slot.assignedElements()[0]) || null;""", gridId, index));
        clickCell(cell);
    }

    /**
     * Clicks a grid cell, a list item or a link. On a phone a sticky header or the overlay's
     * frame can lie over the middle of an item scrolled into view; the click then goes to the item
     * itself, as a tap on its visible part would.
     */
    void clickCell(WebElement cell) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        try {
            cell.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            js().executeScript("arguments[0].click()", cell);
        }
        settle();
    }

    String text(String id) {
        return find(id).getText();
    }

    String currentPath() {
        String url = chromium.driver().getCurrentUrl();
        return url.substring(url.indexOf('/', "http://".length()) + 1);
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) chromium.driver();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(chromium.driver(), Duration.ofSeconds(30), Duration.ofMillis(50));
    }

    /** The page is loaded and Vaadin has answered every request it made. */
    void settle() {
        waiting().until(d -> Boolean.TRUE.equals(js().executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                const clients = Object.values(window.Vaadin.Flow.clients).filter(c => c.isActive);
                if (clients.some(c => c.isActive())) return false;
                return [...document.querySelectorAll('vaadin-grid')].every(g => !g.loading);""")));
    }

    /** Looks at the page as the person would: keeps a screenshot and notes what is wrong on it. */
    void look(String what) throws Exception {
        settle();
        step++;
        String shot = String.format("journey-%s-%s-%02d-%s.png", name, variant, step, what);
        chromium.screenshot(shot);
        String where = String.format("%s %s step %d (%s, %s)", name, variant, step, what, currentPath());
        for (LogEntry entry : chromium.driver().manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                findings.add(where + ": console error " + entry.getMessage());
            }
        }
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) js().executeScript(VISIBLE_TEXTS);
        Set<String> written = variant.french() ? peoplesWords.get() : Set.of();
        Set<String> english = new TreeSet<>();
        Set<String> raw = new TreeSet<>();
        for (String text : texts) {
            if (variant.french()) {
                Matcher words = WORD.matcher(text);
                while (words.find()) {
                    String word = words.group().toLowerCase(Locale.ROOT);
                    if (ENGLISH_WORDS.contains(word) && !written.contains(word)) {
                        english.add(words.group() + " in \"" + abbreviate(text) + "\"");
                    }
                }
            }
            Matcher upper = UPPER_TOKEN.matcher(text);
            while (upper.find()) {
                String token = upper.group();
                if (ENUM_CONSTANTS.contains(token) && !ACRONYMS.contains(token)) {
                    raw.add(token + " in \"" + abbreviate(text) + "\"");
                }
            }
        }
        english.forEach(e -> findings.add(where + ": English word " + e));
        raw.forEach(r -> findings.add(where + ": raw value " + r));
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) js().executeScript(CLIPPED_BUTTONS);
        clipped.forEach(c -> findings.add(where + ": " + c));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 80 ? flat.substring(0, 80) + "…" : flat;
    }

    /** Fails with everything found on the way, step by step. */
    void assertNothingWrong() {
        assertThat(findings).as(name + " " + variant + ": what a person would have met on the way").isEmpty();
    }

    @Override
    public void close() {
        chromium.close();
    }

    /** English words of a user interface that have no place on a French page (kept beside this test). */
    private static Set<String> wordList() {
        try (InputStream in = Journey.class.getResourceAsStream("english-words.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the portal's enum constants: shown as they are, a person reads a program's value. */
    private static Set<String> enumConstants() {
        Set<String> names = new LinkedHashSet<>();
        try {
            PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
            CachingMetadataReaderFactory metadata = new CachingMetadataReaderFactory(resolver);
            for (Resource resource : resolver.getResources("classpath*:com/publisherportal/**/*.class")) {
                String className = metadata.getMetadataReader(resource).getClassMetadata().getClassName();
                if (!"java.lang.Enum".equals(metadata.getMetadataReader(resource).getClassMetadata().getSuperClassName())) {
                    continue;
                }
                Class<?> type = Class.forName(className, false, Journey.class.getClassLoader());
                Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .filter(n -> n.length() >= 4 || n.contains("_")).forEach(names::add);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return Set.copyOf(names);
    }
}
