package bench.load;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What an open page keeps in the session, with real browsers: N headless-Chromium sessions sign in
 * as Contoso's owner and open PATH (default {@code leads}; on the lead inbox the grid is scrolled
 * halfway), then stay open. When all are open it writes MARKER; take the heap dump then
 * ({@code jcmd <pid> GC.heap_dump FILE}, read with {@link SessionHeap}), and create RELEASE to close
 * the browsers. Not a test; {@code page-heap.sh} runs the whole measurement.
 * <pre>java -cp target/load-classes:$(cat target/bench-classpath.txt) bench.load.PageSessions PORT N MARKER RELEASE [PATH]</pre>
 */
public class PageSessions {

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:" + args[0] + "/";
        int sessions = Integer.parseInt(args[1]);
        String path = args.length > 4 ? args[4] : "leads";
        List<WebDriver> open = new ArrayList<>();
        try {
            for (int i = 0; i < sessions; i++) {
                WebDriver driver = ChromiumRecorder.start(ChromiumRecorder.options("inbox-sessions"));
                open.add(driver);
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
                driver.get(base + "login");
                wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                        .sendKeys("owner@contoso.example");
                driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("portal-demo-2026");
                driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
                wait.until(d -> !d.findElements(By.id("dashboard")).isEmpty());
                driver.get(base + path.replaceFirst("^/", ""));
                if (path.equals("leads")) {
                    wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                            "const g = document.getElementById('lead-grid'); return !!g && g.size > 0 && !g.loading;")));
                    ((JavascriptExecutor) driver).executeScript(
                            "const g = document.getElementById('lead-grid'); g.scrollToIndex(Math.floor(g.size / 2));");
                }
                // What the page loads after its first answer (lazy rows, images in view).
                Thread.sleep(1500);
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !document.querySelector('vaadin-grid[loading]');")));
                System.out.println("open " + (i + 1));
            }
            Files.writeString(Path.of(args[2]), Integer.toString(sessions));
            while (!Files.exists(Path.of(args[3]))) {
                Thread.sleep(500);
            }
        } finally {
            open.forEach(WebDriver::quit);
        }
    }
}
