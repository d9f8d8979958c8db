package bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** One line per request, the same for Chromium's recording and the load client's trace. */
final class Protocol {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Protocol() {
    }

    /**
     * {@code METHOD path [v-r=…] [rpc: type/detail, …]}: the RPC's type and, for events and
     * property syncs, the event or property name, for publishedEventHandler the method name.
     */
    static String describe(String method, String url, String body, String resourceType) {
        URI uri = URI.create(url);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        String vr = "";
        String location = "";
        for (String part : query.split("&")) {
            if (part.startsWith("v-r=")) {
                vr = part.substring(4);
            }
            if (part.startsWith("location=")) {
                location = " location=" + java.net.URLDecoder.decode(part.substring(9), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        StringBuilder line = new StringBuilder(method).append(' ').append(uri.getRawPath());
        if (!vr.isEmpty()) {
            line.append(" v-r=").append(vr).append(location);
        } else if (uri.getRawQuery() != null && !"POST".equals(method)) {
            line.append('?').append(uri.getRawQuery());
        }
        if ("uidl".equals(vr) && body != null && !body.isBlank()) {
            line.append(" rpc:").append(rpcs(body));
        } else if ("POST".equals(method) && vr.isEmpty() && body != null) {
            List<String> names = new ArrayList<>();
            for (String pair : body.split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            line.append(" form:").append(names);
        }
        return line.toString();
    }

    static String rpcs(String body) {
        try {
            JsonNode request = JSON.readTree(body);
            List<String> types = new ArrayList<>();
            if (request.has("UNLOAD")) {
                types.add("UNLOAD");
            }
            for (JsonNode rpc : request.path("rpc")) {
                String type = rpc.path("type").asText();
                String detail = switch (type) {
                    case "event" -> rpc.path("event").asText();
                    case "mSync" -> rpc.path("property").asText();
                    case "publishedEventHandler" -> rpc.path("templateEventMethodName").asText();
                    case "navigation" -> rpc.path("location").asText();
                    default -> "";
                };
                types.add(detail.isEmpty() ? type : type + "/" + detail);
            }
            return types.toString();
        } catch (Exception e) {
            return "[unparsed " + body.length() + " chars]";
        }
    }
}
