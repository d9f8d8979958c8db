package bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

/**
 * Records what a real headless Chromium sends to the portal during the owner's journey (the same
 * steps as {@link LoadClient}'s "owner" journey), from Chrome's performance log (CDP Network events):
 * every request to the portal with its method, URL, {@code v-r}, POST body and status, and the
 * UIDL answers. Writes the raw log as JSON lines and a one-line-per-request summary
 * (same format as {@code LoadClient --trace}) for the comparison with the load client.
 *
 * <pre>java -cp CLASSPATH bench.load.ChromiumRecorder http://localhost:8112 out-dir</pre>
 */
public final class ChromiumRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Debian's headless Chromium at desktop size, in English, with a profile of its own (the tests' switches). */
    static ChromeOptions options(String profile) throws java.io.IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory(profile));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        return options;
    }

    static ChromeDriver start(ChromeOptions options) {
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8112";
        Path out = Path.of(args.length > 1 ? args[1] : "target/load-recording");
        String journey = args.length > 2 ? args[2] : "owner";
        Files.createDirectories(out);
        ChromeOptions options = options("load-recorder");
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        ChromeDriver driver = start(options);
        List<String> steps = new ArrayList<>();
        List<JsonNode> events = new ArrayList<>();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            JavascriptExecutor js = driver;
            step(steps, events, driver, "login-page", () -> {
                driver.get(base + "/login");
                wait.until(d -> d.findElements(By.cssSelector("vaadin-login-form input[name='username']")).size() > 0);
                settle(driver, wait);
            });
            step(steps, events, driver, "sign-in", () -> {
                driver.findElement(By.cssSelector("vaadin-login-form input[name='username']"))
                        .sendKeys(journey.equals("reviewer") ? "reviewer@portal.example" : "owner@contoso.example");
                driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("portal-demo-2026");
                driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
                wait.until(d -> d.findElements(By.id("dashboard")).size() > 0);
                settle(driver, wait);
            });
            if (journey.equals("reviewer")) {
                reviewer(steps, events, driver, wait, js);
                return;
            }
            step(steps, events, driver, "nav-leads", () -> {
                driver.findElement(By.cssSelector("vaadin-side-nav-item[path='leads']")).click();
                wait.until(d -> d.findElements(By.id("lead-grid")).size() > 0);
                wait.until(d -> d.findElement(By.id("lead-grid")).getText().length() > 20);
                settle(driver, wait);
            });
            step(steps, events, driver, "filter-status", () -> {
                WebElement input = driver.findElement(By.cssSelector("#lead-filter-status input"));
                input.click();
                input.sendKeys("New");
                WebElement item = wait.until(d -> (WebElement) js.executeScript("""
                        return [...document.querySelectorAll('vaadin-combo-box-item')]
                          .find(i => i.textContent.trim() === 'New' && i.checkVisibility()) || null;"""));
                item.click();
                settle(driver, wait);
            });
            step(steps, events, driver, "open-lead", () -> {
                WebElement cell = wait.until(d -> (WebElement) js.executeScript("""
                        const cells = [...document.querySelectorAll('#lead-grid vaadin-grid-cell-content')];
                        return cells.find(c => c.checkVisibility() && c.textContent.trim().length > 0
                            && c.assignedSlot && c.assignedSlot.parentElement && c.assignedSlot.parentElement.closest('tbody')) || null;"""));
                js.executeScript("arguments[0].click()", cell);
                wait.until(d -> d.findElements(By.id("lead-score")).size() > 0);
                settle(driver, wait);
            });
            step(steps, events, driver, "change-status", () -> {
                List<WebElement> moves = driver.findElements(By.cssSelector("vaadin-button[id^='lead-status-']"));
                if (!moves.isEmpty()) {
                    js.executeScript("arguments[0].click()", moves.get(0));
                }
                settle(driver, wait);
            });
            step(steps, events, driver, "close-lead", () -> {
                WebElement close = (WebElement) js.executeScript("""
                        return [...document.querySelectorAll('vaadin-button')]
                          .find(b => b.textContent.trim() === 'Close' && b.checkVisibility()) || null;""");
                js.executeScript("arguments[0].click()", close);
                wait.until(d -> d.findElements(By.id("lead-detail")).isEmpty());
                settle(driver, wait);
            });
            step(steps, events, driver, "nav-insights", () -> {
                driver.findElement(By.cssSelector("vaadin-side-nav-item[path='insights']")).click();
                wait.until(d -> d.findElements(By.id("insights-cards")).size() > 0);
                settle(driver, wait);
            });
            step(steps, events, driver, "insights-range", () -> pickItem(driver, js, wait, "insights-range", null));
            step(steps, events, driver, "insights-market", () -> pickItem(driver, js, wait, "insights-market", "Germany"));
            step(steps, events, driver, "nav-usage", () -> {
                driver.findElement(By.id("insights-nav-insights-usage")).click();
                wait.until(d -> d.findElements(By.id("insights-grid")).size() > 0);
                settle(driver, wait);
            });
            step(steps, events, driver, "scroll-grid", () -> {
                js.executeScript("document.querySelector('#insights-grid').scrollToIndex(200)");
                try { Thread.sleep(800); } catch (InterruptedException e) { throw new RuntimeException(e); }
                settle(driver, wait);
                js.executeScript("document.querySelector('#insights-grid').scrollToIndex(600)");
                try { Thread.sleep(800); } catch (InterruptedException e) { throw new RuntimeException(e); }
                settle(driver, wait);
            });
            step(steps, events, driver, "leave", () -> {
                driver.get("about:blank");
                try { Thread.sleep(1500); } catch (InterruptedException e) { throw new RuntimeException(e); }
            });
        } finally {
            driver.quit();
            write(out, journey, steps, events);
        }
    }

    private static void write(Path out, String journey, List<String> steps, List<JsonNode> events) throws Exception {
        try (PrintWriter raw = new PrintWriter(Files.newBufferedWriter(out.resolve("chromium-" + journey + "-network.jsonl")))) {
            for (JsonNode e : events) {
                raw.println(e.toString());
            }
        }
        Files.write(out.resolve("chromium-" + journey + ".txt"), steps);
        steps.forEach(System.out::println);
    }

    private static void reviewer(List<String> steps, List<JsonNode> events, ChromeDriver driver, WebDriverWait wait,
                                 JavascriptExecutor js) throws Exception {
        step(steps, events, driver, "nav-queue", () -> {
            driver.findElement(By.cssSelector("vaadin-side-nav-item[path='staff/queue']")).click();
            wait.until(d -> d.findElements(By.id("queue-grid")).size() > 0);
            settle(driver, wait);
        });
        step(steps, events, driver, "queue-filter", () -> {
            for (int index : new int[]{1, 0}) {
                WebElement select = driver.findElement(By.id("queue-clock"));
                try { Thread.sleep(600); } catch (InterruptedException e) { throw new RuntimeException(e); }
                js.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", select);
                settle(driver, wait);
                // What a click on the item does: the select takes the item's value and closes.
                js.executeScript("""
                        const select = arguments[0];
                        const items = [...select.querySelectorAll('vaadin-select-item')];
                        select.value = items[arguments[1]].value;
                        select.opened = false;""", select, index);
                settle(driver, wait);
            }
        });
        step(steps, events, driver, "open-review", () -> {
            WebElement cell = wait.until(d -> (WebElement) js.executeScript("""
                    const cells = [...document.querySelectorAll('#queue-grid vaadin-grid-cell-content')];
                    return cells.find(c => c.checkVisibility() && c.textContent.trim().length > 0
                        && c.assignedSlot && c.assignedSlot.parentElement && c.assignedSlot.parentElement.closest('tbody')) || null;"""));
            js.executeScript("arguments[0].click()", cell);
            wait.until(d -> d.findElements(By.id("queue-grid")).isEmpty());
            settle(driver, wait);
        });
        step(steps, events, driver, "nav-dashboard", () -> {
            driver.findElement(By.cssSelector("vaadin-side-nav-item[path='']")).click();
            wait.until(d -> d.findElements(By.id("dashboard")).size() > 0);
            settle(driver, wait);
        });
        step(steps, events, driver, "leave", () -> {
            driver.get("about:blank");
            try { Thread.sleep(1500); } catch (InterruptedException e) { throw new RuntimeException(e); }
        });
    }

    /** Picks the item with this label, or the second item when the label is null (as the client does). */
    private static void pickItem(WebDriver driver, JavascriptExecutor js, WebDriverWait wait, String id, String label) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        WebElement item = wait.until(d -> (WebElement) js.executeScript("""
                const items = [...document.querySelectorAll('vaadin-combo-box-item')].filter(i => i.checkVisibility());
                return (arguments[0] === null ? items[1] : items.find(i => i.textContent.trim() === arguments[0])) || null;""", label));
        item.click();
        settle(driver, wait);
    }

    static void settle(WebDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return true;
                return !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive());""")));
    }

    /** Runs one step, then drains the performance log into the trace under the step's name. */
    private static void step(List<String> trace, List<JsonNode> events, ChromeDriver driver, String name, Runnable action)
            throws Exception {
        trace.add("## " + name);
        action.run();
        Thread.sleep(300);
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            if (!method.startsWith("Network.")) {
                continue;
            }
            events.add(message);
            if (method.equals("Network.requestWillBeSent")) {
                JsonNode request = message.path("params").path("request");
                String url = request.path("url").asText();
                if (!url.startsWith("http") || (url.contains("/VAADIN/") && !url.contains("/VAADIN/dynamic/")) || url.matches(".*\\.(js|css|svg|png|woff2?|ico)(\\?.*)?$")) {
                    continue;
                }
                String body = request.path("postData").asText("");
                if (body.isEmpty() && request.has("postDataEntries")) {
                    StringBuilder b = new StringBuilder();
                    for (JsonNode part : request.path("postDataEntries")) {
                        String bytes = part.path("bytes").asText("");
                        b.append(new String(java.util.Base64.getDecoder().decode(bytes), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    body = b.toString();
                }
                trace.add(Protocol.describe(request.path("method").asText(), url, body,
                        message.path("params").path("type").asText("")));
            }
        }
    }
}
