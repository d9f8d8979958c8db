package bench.load;

import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The journeys of issue 20, step by step, each step checking it reached its screen:
 * <ul>
 *   <li><b>owner</b> (owner@contoso.example): dashboard, lead inbox (filter on "New", scroll to a
 *       random place, open a lead, move its status, close it), insights (switch range and market,
 *       open the usage report, scroll its grid);</li>
 *   <li><b>reviewer</b> (reviewer@portal.example): the review queue (filter by clock, open an
 *       item, back to the queue);</li>
 *   <li><b>visitor</b> (anonymous): storefront pages, each a full page load (the page left sends its unload beacon).</li>
 * </ul>
 * Signed-in users sign in once and keep one tab; their iterations navigate inside it as the side menu does.
 */
final class Journey {

    private final User user;
    private final LoadClient client;
    private final Consumer<String> trace;
    private long nextHeartbeat;
    private boolean broken;
    /** A user arriving opens the first page at once; think time comes between steps. */
    private boolean arriving = true;

    /** Thrown when the measured phase ends between two steps. */
    static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    Journey(User user, LoadClient client, Consumer<String> trace) {
        this.user = user;
        this.client = client;
        this.trace = trace;
    }

    private interface Action {
        void run() throws StepFailure;
    }

    /** Waits the think time (sending heartbeats when due), then runs the step and counts it. */
    private boolean step(String name, Action action) {
        if (arriving) {
            arriving = false;
        } else {
            pause(client.think(user.random));
        }
        if (!client.running()) {
            throw new Stop();
        }
        if (trace != null) {
            trace.accept("## " + name);
        }
        try {
            action.run();
            client.stats().done(name, null);
            return true;
        } catch (StepFailure f) {
            client.stats().done(name, f.getMessage());
            broken = true;
            return false;
        }
    }

    private void pause(long millis) {
        long until = System.currentTimeMillis() + millis;
        try {
            while (true) {
                long now = System.currentTimeMillis();
                if (user.tab != null && !user.tab.closed && now >= nextHeartbeat && nextHeartbeat > 0) {
                    heartbeat();
                }
                long wake = Math.min(until, nextHeartbeat > 0 ? nextHeartbeat : until);
                if (now >= until) {
                    return;
                }
                Thread.sleep(Math.max(1, Math.min(wake - now, 1000)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stop();
        }
    }

    private void heartbeat() {
        nextHeartbeat = System.currentTimeMillis() + user.tab.heartbeatSeconds * 1000L;
        try {
            user.tab.heartbeat("heartbeat");
            client.stats().done("heartbeat", null);
        } catch (StepFailure f) {
            client.stats().done("heartbeat", f.getMessage());
        }
    }

    /** Idle with the page open: nothing but the heartbeat. */
    void idle() throws InterruptedException {
        Thread.sleep(1000);
        if (user.tab != null && System.currentTimeMillis() >= nextHeartbeat) {
            heartbeat();
        }
    }

    /** Opens the first page (signing in for the staff and owner journeys); false if it failed. */
    boolean start() {
        broken = false;
        if (user.tab != null) {
            user.tab.unload("unload");
        }
        try {
            switch (user.kind) {
                case "owner" -> signIn("owner@contoso.example");
                case "reviewer" -> signIn("reviewer@portal.example");
                case "visitor" -> storefront("storefront");
                default -> throw new IllegalArgumentException("unknown journey " + user.kind);
            }
        } catch (Stop s) {
            return false;
        }
        nextHeartbeat = System.currentTimeMillis() + (user.tab == null ? 300 : user.tab.heartbeatSeconds) * 1000L;
        return !broken;
    }

    private void signIn(String email) {
        Tab login = new Tab(user, "login");
        if (!step("login-page", () -> {
            login.load("login-page");
            if (login.find(n -> "vaadin-login-form".equals(n.tag)).isEmpty()) {
                throw new StepFailure("login-page", "expected the login form");
            }
        })) {
            return;
        }
        user.tab = login;
        step("sign-in", () -> {
            user.signIn("sign-in", email, client.password());
            // The login page is left: its pagehide beacon; the dashboard loads.
            login.unload("sign-in");
            Tab home = new Tab(user, "");
            user.tab = home;
            home.load("sign-in");
            if (home.find(n -> "vaadin-app-layout".equals(n.tag)).isEmpty()) {
                throw new StepFailure("sign-in", "expected the portal's layout after sign-in");
            }
        });
    }

    private void storefront(String name) {
        String address = LoadClient.STOREFRONT.get(user.random.nextInt(LoadClient.STOREFRONT.size()));
        step(name, () -> {
            if (user.tab != null) {
                user.tab.unload(name);
            }
            Tab page = new Tab(user, "marketplace/product/" + address);
            user.tab = page;
            page.load(name);
            if (page.find(n -> "h1".equals(n.tag)).isEmpty()) {
                throw new StepFailure(name, "expected the product's heading");
            }
        });
    }

    /** One pass through the journey; starts over (new tab, signing in again) after a failed step. */
    void iteration() {
        try {
            if (broken && !start()) {
                pause(client.think(user.random));
                return;
            }
            switch (user.kind) {
                case "owner" -> owner();
                case "reviewer" -> reviewer();
                default -> {
                    storefront("storefront");
                    storefront("storefront");
                }
            }
        } catch (Stop stop) {
            // the measured phase ended
        }
    }

    // ---------------------------------------------------------------- owner

    private void owner() {
        Tab t = user.tab;
        if (!step("nav-dashboard", () -> {
            t.navigate("nav-dashboard", "");
            t.require("nav-dashboard", "dashboard");
        })) {
            return;
        }
        if (!step("nav-leads", () -> {
            t.navigate("nav-leads", "leads");
            Tab.Node grid = t.require("nav-leads", "lead-grid");
            t.require("nav-leads", "lead-summary");
            if (t.sizes.getOrDefault(grid.id, 0) == 0) {
                throw new StepFailure("nav-leads", "the lead grid is empty");
            }
        })) {
            return;
        }
        if (!step("filter-status", () -> {
            Tab.Node status = t.require("filter-status", "lead-filter-status");
            t.chooseComboItem("filter-status", status, i -> i.label().equals("New"), true);
        })) {
            return;
        }
        Tab.Node grid = t.byId("lead-grid");
        int size = grid == null ? 0 : t.sizes.getOrDefault(grid.id, 0);
        if (size > 100 && trace == null && !step("scroll-leads", () -> {
            int shown = 50; // the scrolled place stays this many rows above the end of the list
            int first = user.random.nextInt(size - shown);
            t.scrollGrid("scroll-leads", grid, first);
            int now = t.sizes.getOrDefault(grid.id, 0);
            if (now > 0 && first > now - shown) {
                // Other owners moved leads out of "New" meanwhile and the count came back below the
                // scrolled range: the browser's grid clamps its scroll to the new end and asks for
                // the rows it then shows, and so does the client (one more round trip in this step).
                first = Math.max(0, now - shown);
                t.scrollGrid("scroll-leads", grid, first);
                now = t.sizes.getOrDefault(grid.id, 0);
            }
            TreeMap<Integer, Tab.Item> held = t.items.getOrDefault(grid.id, new TreeMap<>());
            if (now > 0 && held.ceilingKey(Math.min(first, now - 1)) == null) {
                // The figures tell a lost page from an inbox that shrank under the grid's count.
                throw new StepFailure("scroll-leads", "no rows came for the scrolled range (from row " + first + " of "
                        + now + " counted; the last row held is " + (held.isEmpty() ? "none" : held.lastKey()) + ")");
            }
        })) {
            return;
        }
        if (size == 0) {
            return; // no "New" lead left: nothing to open
        }
        if (!step("open-lead", () -> {
            TreeMap<Integer, Tab.Item> rows = t.items.getOrDefault(grid.id, new TreeMap<>());
            if (rows.isEmpty()) {
                throw new StepFailure("open-lead", "no rows in the lead grid");
            }
            List<Tab.Item> held = List.copyOf(rows.tailMap(rows.lastKey() - Math.min(rows.size() - 1, 49)).values());
            // Tracing (the comparison with Chromium): the first row, as the recording clicks.
            t.clickRow("open-lead", grid, trace != null ? rows.firstEntry().getValue() : held.get(user.random.nextInt(held.size())));
            t.require("open-lead", "lead-score");
        })) {
            return;
        }
        step("change-status", () -> {
            List<Tab.Node> moves = t.find(n -> n.domId() != null && n.domId().startsWith("lead-status-"));
            if (moves.isEmpty()) {
                return; // someone else closed the lead meanwhile: the dialog shows it without moves
            }
            Tab.Node move = moves.stream().filter(n -> !n.domId().endsWith("LOST")).findFirst().orElse(moves.getFirst());
            t.click("change-status", move);
            // The dialog reloads the lead (after a move or after the conflict message).
            t.require("change-status", "lead-next-step");
        });
        step("close-lead", () -> {
            t.require("close-lead", "lead-detail");
            Tab.Node close = t.button("Close");
            if (close == null) {
                throw new StepFailure("close-lead", "no Close button in the lead's dialog");
            }
            t.click("close-lead", close);
            if (t.byId("lead-detail") != null) {
                throw new StepFailure("close-lead", "the lead's dialog is still open");
            }
        });
        if (!step("nav-insights", () -> {
            t.navigate("nav-insights", "insights");
            t.require("nav-insights", "insights-cards");
        })) {
            return;
        }
        // Last month, 3 or 12 months (6 months is the default; "custom" opens date fields).
        step("insights-range", () -> pickItem(t, "insights-range", trace != null ? 1 : List.of(0, 1, 3).get(user.random.nextInt(3))));
        step("insights-market", () -> pickMarket(t, BUSY_MARKETS.get(trace != null ? 0 : user.random.nextInt(BUSY_MARKETS.size()))));
        if (!step("nav-usage", () -> {
            t.navigate("nav-usage", "insights/usage");
            Tab.Node g = t.require("nav-usage", "insights-grid");
            if (t.sizes.getOrDefault(g.id, 0) == 0) {
                throw new StepFailure("nav-usage", "the usage grid is empty");
            }
        })) {
            return;
        }
        step("scroll-grid", () -> {
            Tab.Node g = t.require("scroll-grid", "insights-grid");
            int rows = t.sizes.getOrDefault(g.id, 0);
            int first = trace != null ? 150 : rows > 100 ? user.random.nextInt(rows - 50) : 0;
            t.scrollGrid("scroll-grid", g, first);
            TreeMap<Integer, Tab.Item> held = t.items.getOrDefault(g.id, new TreeMap<>());
            // The report grids never count (undefined size): the size is Vaadin's estimate until a
            // scroll reaches the end, then the real row count; the browser then shows the last rows.
            int now = t.sizes.getOrDefault(g.id, 0);
            if (now > 0 && held.ceilingKey(Math.min(first, now - 1)) == null) {
                throw new StepFailure("scroll-grid", "no rows came for the scrolled range (first " + first + ", size "
                        + now + " (was " + rows + "), rows held " + (held.isEmpty() ? "none" : held.firstKey() + ".." + held.lastKey()) + ")");
            }
        });
    }

    /**
     * Markets by their English and French names that have usage in every month of the demo data. The
     * demo data is drawn relative to the day, so a smaller market may have storefront visits only
     * (listed, with an empty usage grid), and by position the list changes from day to day.
     */
    private static final List<Set<String>> BUSY_MARKETS = List.of(Set.of("Germany", "Allemagne"),
            Set.of("United Kingdom", "Royaume-Uni"), Set.of("United States", "États-Unis"));

    private void pickMarket(Tab t, Set<String> names) throws StepFailure {
        Tab.Node combo = t.require("insights-market", "insights-market");
        t.chooseComboItem("insights-market", combo, item -> names.contains(item.label()), false);
    }

    /** Picks the combo box's item at the index (a range). */
    private void pickItem(Tab t, String id, int index) throws StepFailure {
        Tab.Node combo = t.require(id, id);
        int[] n = {0};
        t.chooseComboItem(id, combo, i -> n[0]++ == index, false);
    }

    // ---------------------------------------------------------------- reviewer

    private void reviewer() {
        Tab t = user.tab;
        if (!step("nav-queue", () -> {
            t.navigate("nav-queue", "staff/queue");
            t.require("nav-queue", "queue-grid");
        })) {
            return;
        }
        step("queue-filter", () -> {
            Tab.Node clock = t.require("queue-filter", "queue-clock");
            List<Tab.Node> options = t.find(n -> "vaadin-select-item".equals(n.tag) && n.attrs.containsKey("value")
                    && !n.attrs.get("value").isEmpty() && isUnder(t, n, clock));
            String value = options.isEmpty() ? "1" : options.get(user.random.nextInt(options.size())).attrs.get("value");
            t.choose("queue-filter", clock, value);
            t.choose("queue-filter", clock, "");
            t.require("queue-filter", "queue-grid");
        });
        if (!step("open-review", () -> {
            Tab.Node grid = t.require("open-review", "queue-grid");
            TreeMap<Integer, Tab.Item> rows = t.items.getOrDefault(grid.id, new TreeMap<>());
            if (rows.isEmpty()) {
                throw new StepFailure("open-review", "the review queue is empty");
            }
            List<Tab.Item> held = List.copyOf(rows.values());
            t.clickRow("open-review", grid, held.get(trace != null ? 0 : user.random.nextInt(held.size())));
            if (t.byId("queue-grid") != null) {
                throw new StepFailure("open-review", "still on the queue after opening an item");
            }
        })) {
            return;
        }
        step("nav-dashboard", () -> {
            t.navigate("nav-dashboard", "");
            t.require("nav-dashboard", "dashboard");
        });
    }

    private static boolean isUnder(Tab t, Tab.Node n, Tab.Node ancestor) {
        // The tree keeps children lists only; a select's items are its children (or their children).
        for (int c : ancestor.children) {
            if (c == n.id) {
                return true;
            }
            Tab.Node child = t.nodes.get(c);
            if (child != null && isUnder(t, n, child)) {
                return true;
            }
        }
        return false;
    }
}
