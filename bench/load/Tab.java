package bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * One browser tab showing a Vaadin UI: the protocol state (UI id, CSRF token of the UI, sync and
 * client ids, per-node promise counters) and a small model of the state tree built from the
 * UIDL {@code changes}, so journeys find components by tag, id or text. After every answer it
 * sends what Vaadin's client sends on its own (the initial "*-changed" events and property syncs
 * of newly attached web components, and the data connectors' {@code confirmUpdate}), as recorded
 * from Chromium (see README).
 */
final class Tab {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** Vaadin's node feature of an element's class names (flow-server's NodeFeatures.CLASS_LIST). */
    private static final int CLASS_LIST = 11;

    /** Browser details Vaadin's bootstrap sends with the init request (what headless Chromium sent at 1440x900). */
    private static final String BROWSER_DETAILS = "&v-sh=600&v-sw=800&v-wh=757&v-ww=1440&v-bh=757&v-bw=1440"
            + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=ROOT-load&v-td=false&v-pr=1&v-np=Linux%20x86_64";

    /**
     * What each web component sends by itself when it appears: its initial "*-changed" events
     * (only those the server listens to) and the synchronised properties whose client value the
     * server has not seen. Recorded from Chromium (vaadin-select is by analogy with the combo box).
     */
    private record InitSync(List<String> events, Map<String, Object> syncs) {
    }

    private static final Map<String, InitSync> INIT = Map.of(
            "vaadin-combo-box", new InitSync(List.of("value-changed", "opened-changed", "filter-changed"),
                    linked("opened", false, "filter", "")),
            "vaadin-date-picker", new InitSync(List.of("value-changed"), Map.of()),
            "vaadin-checkbox", new InitSync(List.of("checked-changed", "indeterminate-changed"), Map.of()),
            "vaadin-app-layout", new InitSync(List.of("primary-section-changed", "drawer-opened-changed", "overlay-changed"),
                    linked("drawerOpened", true, "overlay", false)),
            "vaadin-side-nav", new InitSync(List.of("collapsed-changed"), linked("collapsed", false)),
            "vaadin-side-nav-item", new InitSync(List.of("expanded-changed"), linked("expanded", false)),
            "vaadin-details", new InitSync(List.of("opened-changed"), Map.of()),
            "vaadin-login-form", new InitSync(List.of("error-changed"), Map.of()),
            "vaadin-popover", new InitSync(List.of("opened-changed"), Map.of()),
            "vaadin-select", new InitSync(List.of("value-changed", "opened-changed"), Map.of()));

    private static Map<String, Object> linked(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A node of the state tree. */
    static final class Node {
        final int id;
        String tag;
        final Map<String, JsonNode> props = new HashMap<>();
        final Map<String, String> attrs = new HashMap<>();
        String text;
        final List<Integer> children = new ArrayList<>();
        final List<String> listeners = new ArrayList<>();
        final List<String> delegates = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String domId() {
            return attrs.get("id");
        }

        @Override
        public String toString() {
            return id + ":" + tag + (domId() == null ? "" : "#" + domId());
        }
    }

    /** A data connector's row or item: its key and the text the browser would show. */
    record Item(String key, String label) {
    }

    final User user;
    final String location;
    int uiId = -1;
    String csrf;
    int syncId;
    int clientId;
    int heartbeatSeconds = 300;
    private int historyIdx;
    final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    /** Rows or items each grid / combo box holds, by index. */
    final Map<Integer, TreeMap<Integer, Item>> items = new HashMap<>();
    final Map<Integer, Integer> sizes = new HashMap<>();
    private final List<int[]> confirms = new ArrayList<>();
    private final List<Integer> attached = new ArrayList<>();
    /** Data range asked of each combo box, answered by a confirm the browser must acknowledge. */
    private final Map<Integer, Boolean> comboRequested = new HashMap<>();
    /** Overlays (dialogs) the server closed: the browser answers with their "closed" event. */
    private final List<Integer> closedByServer = new ArrayList<>();
    /** Notifications shown: the browser closes them after their duration (here: with the next action). */
    private final List<Integer> notifications = new ArrayList<>();
    /** Notification texts shown in the last answer (e.g. a conflict message). */
    final List<String> lastTexts = new ArrayList<>();
    boolean closed;

    Tab(User user, String location) {
        this.user = user;
        this.location = location;
    }

    // ---------------------------------------------------------------- page load

    /** Loads the page as a browser does: the bootstrap HTML, the init JSON, the router's first navigation. */
    void load(String step) throws StepFailure {
        user.get(step, "/" + location, 200);
        String query = "?v-r=init&location=" + enc(location) + "&query=" + BROWSER_DETAILS.replace("&v-tzo",
                "&v-curdate=" + System.currentTimeMillis() + "&v-tzo");
        String body = user.get(step, "/" + query, 200);
        JsonNode init = parse(step, body);
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt(-1);
        heartbeatSeconds = config.path("heartbeatInterval").asInt(300);
        JsonNode uidl = config.path("uidl");
        csrf = uidl.path("Vaadin-Security-Key").asText(null);
        if (uiId < 0 || csrf == null) {
            throw new StepFailure(step, "init without v-uiId/Vaadin-Security-Key");
        }
        apply(step, uidl);
        ObjectNode data = F.objectNode();
        data.put("route", "/" + location);
        data.put("query", "");
        data.put("appShellTitle", "Publisher Portal");
        data.putObject("historyState").put("idx", historyIdx);
        data.put("trigger", "");
        rpc(step, List.of(event(1, "ui-navigate", data)));
    }

    /** Navigates inside the UI as the side menu and router links do: the router's ui-navigate event. */
    void navigate(String step, String route) throws StepFailure {
        historyIdx++;
        ObjectNode data = F.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "Publisher Portal");
        ObjectNode history = data.putObject("historyState");
        history.putNull("usr");
        history.put("key", Long.toString(Math.abs(user.random.nextLong()), 36).substring(0, 8));
        history.put("idx", historyIdx);
        data.put("trigger", "client");
        rpc(step, List.of(event(1, "ui-navigate", data)));
    }

    // ---------------------------------------------------------------- RPC

    static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = F.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        if (data != null) {
            rpc.set("data", data);
        }
        return rpc;
    }

    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode rpc = F.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", 1);
        rpc.put("property", property);
        rpc.set("value", JSON.valueToTree(value));
        return rpc;
    }

    ObjectNode call(int node, String method, Object... args) {
        ObjectNode rpc = F.objectNode();
        rpc.put("type", "publishedEventHandler");
        rpc.put("node", node);
        rpc.put("templateEventMethodName", method);
        ArrayNode a = rpc.putArray("templateEventMethodArgs");
        for (Object arg : args) {
            a.add(JSON.valueToTree(arg));
        }
        int p = promises.merge(node, 1, Integer::sum) - 1;
        rpc.put("promise", p);
        return rpc;
    }

    /** Sends the RPCs, applies the answer, then sends what the browser would send by itself until nothing is left. */
    void rpc(String step, List<ObjectNode> rpcs) throws StepFailure {
        lastTexts.clear();
        List<ObjectNode> next = new ArrayList<>();
        // Notifications shown by an earlier answer have timed out in the browser meanwhile (think time).
        for (int id : notifications) {
            Node n = nodes.get(id);
            if (n != null) {
                next.add(sync(id, "opened", false));
                next.add(event(id, "opened-changed", F.objectNode()));
                if (n.listeners.contains("closed")) {
                    next.add(event(id, "closed", null));
                }
            }
        }
        notifications.clear();
        next.addAll(rpcs);
        int rounds = 0;
        while (!next.isEmpty()) {
            if (++rounds > 10) {
                throw new StepFailure(step, "follow-up requests did not settle");
            }
            ObjectNode request = F.objectNode();
            request.put("csrfToken", csrf);
            ArrayNode array = request.putArray("rpc");
            next.forEach(array::add);
            request.put("syncId", syncId);
            request.put("clientId", clientId);
            String answer = user.post(step, "/?v-r=uidl&v-uiId=" + uiId, request.toString(), "application/json; charset=UTF-8");
            apply(step, parse(step, answer));
            next = followUps();
        }
        fetchMedia(step);
    }

    /** The heartbeat a browser sends every heartbeatInterval seconds while the page is open. */
    void heartbeat(String step) throws StepFailure {
        user.post(step, "/?v-r=heartbeat&v-uiId=" + uiId, "", "text/plain;charset=UTF-8");
    }

    /**
     * The page is left (pagehide): Vaadin's client sends {@code navigator.sendBeacon(uidlUrl, payload)}
     * with an empty rpc list and {@code "UNLOAD": true} (FlowClient.js of flow-client 25.2.5); the
     * server closes the UI. A beacon is fire-and-forget: its answer is not checked.
     */
    void unload(String step) {
        if (closed || uiId < 0) {
            return;
        }
        closed = true;
        ObjectNode request = F.objectNode();
        request.put("csrfToken", csrf);
        request.putArray("rpc");
        request.put("syncId", syncId);
        request.put("clientId", clientId);
        request.put("UNLOAD", true);
        try {
            user.post(step, "/?v-r=uidl&v-uiId=" + uiId, request.toString(), "text/plain;charset=UTF-8");
        } catch (StepFailure ignored) {
            // counted by post
        }
    }

    // ---------------------------------------------------------------- answers

    private JsonNode parse(String step, String body) throws StepFailure {
        try {
            String json = body.startsWith("for(;;);") ? body.substring(8) : body;
            JsonNode node = JSON.readTree(json);
            return node.isArray() ? node.get(0) : node;
        } catch (Exception e) {
            throw new StepFailure(step, "not JSON: " + body.substring(0, Math.min(80, body.length())));
        }
    }

    private void apply(String step, JsonNode uidl) throws StepFailure {
        JsonNode meta = uidl.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new StepFailure(step, "meta.sessionExpired");
        }
        if (meta.has("appError")) {
            throw new StepFailure(step, "meta.appError " + meta.path("appError").path("caption").asText(""));
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        for (JsonNode change : uidl.path("changes")) {
            change(change);
        }
        for (JsonNode exec : uidl.path("execute")) {
            execute(exec);
        }
    }

    /**
     * An image the page shows from the portal's own media handler ({@code /media/...}, read from the
     * database) or from a UI's resource URL ({@code VAADIN/dynamic/resource/...}: the charts, drawn
     * when fetched): the browser fetches it once (then it is in its cache). Static /images/ are left
     * out like the other static resources.
     */
    private void media(int node, String src) {
        String path = src.startsWith("/") ? src : "/" + src;
        if ((path.startsWith("/media/") || path.startsWith(User.DYNAMIC)) && !pendingMedia.containsKey(path)
                && !user.fetched.contains(path)) {
            pendingMedia.put(path, node);
        }
    }

    /** An image's src: a URL, or a resource's ({@code {"uri": "VAADIN/dynamic/resource/…"}}, e.g. a chart's DownloadHandler). */
    private void src(int node, JsonNode value) {
        if (value.isTextual()) {
            media(node, value.asText());
        } else if (value.path("uri").isTextual()) {
            media(node, value.path("uri").asText());
        }
    }

    /** The images seen since the last fetch, by path, with the node that shows each. */
    private final Map<String, Integer> pendingMedia = new LinkedHashMap<>();

    /**
     * Fetches the images a desktop browser fetches: not a lazily loaded image that the stylesheet
     * hides on a desktop (class {@code chart-narrow}, a chart drawn for a phone), which a desktop
     * browser never asks for.
     */
    private void fetchMedia(String step) throws StepFailure {
        List<String> paths = new ArrayList<>();
        pendingMedia.forEach((path, id) -> {
            Node n = nodes.get(id);
            boolean hiddenOnDesktop = n != null && "lazy".equals(n.attrs.get("loading"))
                    && n.classes.contains("chart-narrow");
            if (!hiddenOnDesktop && user.fetched.add(path)) {
                paths.add(path);
            }
        });
        pendingMedia.clear();
        paths.sort(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        for (String path : paths) {
            user.get(step, path, 200);
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void change(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        int feat = c.path("feat").asInt(-1);
        switch (type) {
            case "attach" -> {
                node(id);
                attached.add(id);
            }
            case "detach" -> {
                nodes.remove(id);
                items.remove(id);
                sizes.remove(id);
            }
            case "put" -> {
                Node n = node(id);
                String key = c.path("key").asText();
                JsonNode value = c.has("nodeValue") ? c.get("nodeValue") : c.path("value");
                switch (feat) {
                    case 0 -> {
                        if (key.equals("tag")) {
                            n.tag = value.asText();
                        }
                    }
                    case 1 -> {
                        n.props.put(key, value);
                        if (key.equals("src")) {
                            src(id, value);
                        }
                        if (key.equals("opened") && !value.asBoolean(true)) {
                            closedByServer.add(id);
                        }
                        if (key.equals("opened") && value.asBoolean(false) && "vaadin-notification".equals(n.tag)) {
                            notifications.add(id);
                        }
                    }
                    case 3 -> {
                        n.attrs.put(key, value.isTextual() ? value.asText() : value.toString());
                        if (key.equals("src")) {
                            src(id, value);
                        }
                    }
                    case 4 -> n.listeners.add(key);
                    case 7 -> n.text = value.asText();
                    default -> {
                    }
                }
            }
            case "remove" -> {
                Node n = nodes.get(id);
                if (n != null) {
                    String key = c.path("key").asText();
                    switch (feat) {
                        case 1 -> n.props.remove(key);
                        case 3 -> n.attrs.remove(key);
                        case 4 -> n.listeners.remove(key);
                        default -> {
                        }
                    }
                }
            }
            case "splice" -> {
                Node n = node(id);
                if (feat == 19) {
                    c.path("add").forEach(a -> n.delegates.add(a.asText()));
                } else if (feat == CLASS_LIST) {
                    splice(n.classes, c);
                } else if (feat == 2) {
                    int index = c.path("index").asInt();
                    int remove = c.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < n.children.size(); i++) {
                        n.children.remove(index);
                    }
                    List<Integer> add = new ArrayList<>();
                    c.path("addNodes").forEach(a -> add.add(a.asInt()));
                    n.children.addAll(Math.min(index, n.children.size()), add);
                }
            }
            case "clear" -> {
                Node n = nodes.get(id);
                if (n != null && feat == 2) {
                    n.children.clear();
                }
                if (n != null && feat == CLASS_LIST) {
                    n.classes.clear();
                }
            }
            default -> {
            }
        }
    }

    /** A list feature's splice: {@code remove} entries at {@code index}, then {@code add} there. */
    private static void splice(List<String> list, JsonNode change) {
        int index = Math.min(change.path("index").asInt(), list.size());
        for (int i = 0; i < change.path("remove").asInt(0) && index < list.size(); i++) {
            list.remove(index);
        }
        List<String> add = new ArrayList<>();
        change.path("add").forEach(a -> add.add(a.asText()));
        list.addAll(index, add);
    }

    private void execute(JsonNode exec) {
        if (!exec.isArray() || exec.size() < 2) {
            return;
        }
        String script = exec.get(exec.size() - 1).asText("");
        if (script.contains("this.items = $0")) {
            // A ChoicePicker's items, sent as a script call on the element (the last parameter).
            Node picker = nodes.get(exec.get(exec.size() - 2).path("@v-node").asInt(-1));
            if (picker != null) {
                picker.props.put("items", exec.get(0));
            }
            return;
        }
        JsonNode target = exec.get(0);
        if (!target.has("@v-node")) {
            if (script.contains("Notification") || script.contains("notification")) {
                exec.forEach(p -> {
                    if (p.isTextual() && !p.asText().contains("return")) {
                        lastTexts.add(p.asText());
                    }
                });
            }
            return;
        }
        int node = target.get("@v-node").asInt();
        if (script.contains("$connector.confirm(")) {
            confirms.add(new int[]{node, exec.get(1).asInt()});
        } else if (script.contains("$connector.updateSize(")) {
            int size = exec.get(1).asInt();
            sizes.put(node, size);
            TreeMap<Integer, Item> held = items.get(node);
            if (held != null) {
                held.tailMap(size, true).clear();
            }
        } else if (script.contains("$connector.clear(")) {
            TreeMap<Integer, Item> held = items.get(node);
            if (held != null) {
                int start = exec.get(1).asInt();
                held.subMap(start, start + exec.get(2).asInt()).clear();
            }
        } else if (script.contains("$connector.set(")) {
            int start = exec.get(1).asInt();
            TreeMap<Integer, Item> held = items.computeIfAbsent(node, k -> new TreeMap<>());
            int i = start;
            for (JsonNode item : exec.get(2)) {
                String label = item.path("label").asText(null);
                if (label == null) {
                    label = item.path("col0").asText(item.path("gridtooltips").path("col0").asText(""));
                }
                held.put(i++, new Item(item.path("key").asText(), label));
            }
        } else if (script.contains("$connector.reset()")) {
            TreeMap<Integer, Item> held = items.get(node);
            if (held != null) {
                held.clear();
            }
        }
    }

    /** What Vaadin's client sends by itself after an answer. */
    private List<ObjectNode> followUps() {
        List<ObjectNode> events = new ArrayList<>();
        List<ObjectNode> syncs = new ArrayList<>();
        attached.sort(Comparator.reverseOrder());
        for (int id : attached) {
            Node n = nodes.get(id);
            if (n == null || n.tag == null) {
                continue;
            }
            InitSync init = INIT.get(n.tag);
            if (init == null) {
                continue;
            }
            for (String e : init.events()) {
                if (n.listeners.contains(e)) {
                    events.add(event(id, e, F.objectNode()));
                }
            }
            init.syncs().forEach((property, value) -> {
                String changed = kebab(property) + "-changed";
                JsonNode known = n.props.get(property);
                if (n.listeners.contains(changed) && (known == null || !known.equals(JSON.valueToTree(value)))) {
                    syncs.add(sync(id, property, value));
                }
            });
        }
        attached.clear();
        List<ObjectNode> out = new ArrayList<>(events);
        out.addAll(syncs);
        for (int id : closedByServer) {
            Node n = nodes.get(id);
            if (n != null && n.listeners.contains("closed")) {
                out.add(event(id, "closed", null));
            }
        }
        closedByServer.clear();
        for (int[] c : confirms) {
            Node n = nodes.get(c[0]);
            if (n == null) {
                continue;
            }
            boolean combo = "vaadin-combo-box".equals(n.tag);
            if (!combo || comboRequested.remove(c[0]) != null) {
                out.add(call(c[0], "confirmUpdate", c[1]));
            }
        }
        confirms.clear();
        return out;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }

    // ---------------------------------------------------------------- finding components

    Node byId(String domId) {
        for (Node n : nodes.values()) {
            if (domId.equals(n.domId())) {
                return n;
            }
        }
        return null;
    }

    List<Node> find(Predicate<Node> p) {
        List<Node> found = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (p.test(n)) {
                found.add(n);
            }
        }
        found.sort(Comparator.comparingInt(n -> n.id));
        return found;
    }

    /** The text of a node and its descendants, as the browser would show it. */
    String textOf(Node n) {
        StringBuilder b = new StringBuilder();
        if (n.text != null) {
            b.append(n.text);
        }
        for (int c : n.children) {
            Node child = nodes.get(c);
            if (child != null) {
                b.append(textOf(child));
            }
        }
        return b.toString();
    }

    /** The first button (by node id) whose text is the text. */
    Node button(String text) {
        return find(n -> "vaadin-button".equals(n.tag) && textOf(n).trim().equals(text)).stream().findFirst().orElse(null);
    }

    /** Whether a text node, a string property or an attribute of the UI holds the text. */
    boolean hasText(String text) {
        for (Node n : nodes.values()) {
            if (n.text != null && n.text.contains(text)) {
                return true;
            }
            for (JsonNode v : n.props.values()) {
                if (v.isTextual() && v.asText().contains(text)) {
                    return true;
                }
            }
        }
        return lastTexts.stream().anyMatch(t -> t.contains(text));
    }

    Node require(String step, String domId) throws StepFailure {
        Node n = byId(domId);
        if (n == null) {
            throw new StepFailure(step, "expected #" + domId + " on the screen");
        }
        return n;
    }

    // ---------------------------------------------------------------- component actions

    /**
     * Opens a combo box's overlay, then picks an item as the recorded browser does (optionally typing
     * its label first). A combo box given all its items at once (the portal's ChoicePicker, by a
     * script call) opens and filters in the browser: only the pick reaches the server.
     */
    void chooseComboItem(String step, Node combo, Predicate<Item> which, boolean typeLabel) throws StepFailure {
        JsonNode listed = combo.props.get("items");
        if (listed != null && listed.isArray()) {
            List<Item> choices = new ArrayList<>();
            listed.forEach(i -> choices.add(new Item(i.path("value").asText(), i.path("label").asText())));
            Item item = choices.stream().filter(which).findFirst().orElseThrow(() -> new StepFailure(step,
                    "no matching item in #" + combo.domId() + " (" + choices.size() + " items)"));
            rpc(step, List.of(sync(combo.id, "value", item.key()), event(combo.id, "value-changed", F.objectNode())));
            return;
        }
        comboRequested.put(combo.id, true);
        rpc(step, List.of(call(combo.id, "setViewportRange", 0, 50, ""), sync(combo.id, "opened", true),
                event(combo.id, "opened-changed", F.objectNode())));
        TreeMap<Integer, Item> held = items.getOrDefault(combo.id, new TreeMap<>());
        Item item = held.values().stream().filter(which).findFirst().orElse(null);
        if (item == null) {
            throw new StepFailure(step, "no matching item in #" + combo.domId() + " (" + held.size() + " items)");
        }
        if (typeLabel) {
            List<ObjectNode> typing = new ArrayList<>();
            for (int i = 1; i <= item.label().length(); i++) {
                typing.add(sync(combo.id, "filter", item.label().substring(0, i)));
                typing.add(event(combo.id, "filter-changed", F.objectNode()));
            }
            rpc(step, typing);
        }
        List<ObjectNode> pick = new ArrayList<>();
        if (typeLabel) {
            pick.add(sync(combo.id, "filter", ""));
            pick.add(event(combo.id, "filter-changed", F.objectNode()));
        }
        pick.add(sync(combo.id, "value", item.key()));
        pick.add(event(combo.id, "value-changed", F.objectNode()));
        pick.add(sync(combo.id, "opened", false));
        pick.add(event(combo.id, "opened-changed", F.objectNode()));
        rpc(step, pick);
    }

    /** A click on a grid row: select, details and item-click, as Chromium sent them. */
    void clickRow(String step, Node grid, Item row) throws StepFailure {
        ObjectNode data = F.objectNode();
        for (String k : List.of("screenY", "screenX", "clientX", "detail", "clientY", "button")) {
            data.put("event.detail." + k, 0);
        }
        for (String k : List.of("metaKey", "shiftKey", "altKey", "ctrlKey")) {
            data.put("event.detail." + k, false);
        }
        data.put("event.detail.itemKey", row.key());
        data.put("event.detail.internalColumnId", "col0");
        List<ObjectNode> rpcs = new ArrayList<>();
        if (grid.delegates.contains("select")) {
            rpcs.add(call(grid.id, "select", row.key()));
        }
        if (grid.delegates.contains("setDetailsVisible")) {
            rpcs.add(call(grid.id, "setDetailsVisible", row.key()));
        }
        rpcs.add(event(grid.id, "item-click", data));
        rpc(step, rpcs);
    }

    /**
     * Scrolls a lazy grid so that rows from {@code first} on are in view. The portal's grids ask for
     * pages of 25 rows (the portal's {@code GridPages.ROWS}, repeated here: this client is compiled
     * apart from the portal); scrolled with {@code scrollToIndex}, Chromium asked for the three pages
     * from the one before the first row shown (2026-12-05: 25+75 for row 60 of the usage report;
     * with pages of 50 it had asked for two, 100 rows).
     */
    void scrollGrid(String step, Node grid, int first) throws StepFailure {
        int page = 25;
        int from = Math.max(0, first / page - 1) * page;
        rpc(step, List.of(call(grid.id, "setViewportRange", from, 3 * page)));
    }

    /** A click on a button (or any element with a click listener). */
    void click(String step, Node n) throws StepFailure {
        ObjectNode data = F.objectNode();
        for (String k : List.of("shiftKey", "metaKey", "ctrlKey", "altKey")) {
            data.put("event." + k, false);
        }
        for (String k : List.of("detail", "clientX", "clientY", "button", "screenY", "screenX")) {
            data.put("event." + k, 0);
        }
        rpc(step, List.of(event(n.id, "click", data)));
    }

    /** Picks a value of a vaadin-select by the item's value attribute. */
    void choose(String step, Node select, String value) throws StepFailure {
        rpc(step, List.of(sync(select.id, "opened", true), event(select.id, "opened-changed", F.objectNode())));
        rpc(step, List.of(sync(select.id, "value", value), event(select.id, "value-changed", F.objectNode()),
                sync(select.id, "opened", false), event(select.id, "opened-changed", F.objectNode())));
    }

    Random random() {
        return user.random;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
