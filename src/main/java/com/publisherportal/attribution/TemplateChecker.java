package com.publisherportal.attribution;

import com.publisherportal.attribution.ArmExpressions.Scope;
import com.publisherportal.attribution.ArmExpressions.Unresolved;
import com.publisherportal.attribution.ArmExpressions.Value;
import com.publisherportal.attribution.CheckReport.Finding;
import com.publisherportal.attribution.CheckReport.Placement;
import com.publisherportal.attribution.CheckReport.RegistrationStatus;
import com.publisherportal.attribution.CheckReport.Severity;
import com.publisherportal.attribution.CheckReport.TrackingDeployment;
import com.publisherportal.attribution.TemplateRejectedException.Reason;
import com.publisherportal.common.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an ARM template, or a package of templates, for its customer usage attribution
 * (docs/domain.md, Customer usage attribution): finds every {@code Microsoft.Resources/deployments} resource named
 * {@code pid-<GUID>} (or Partner Center's {@code pid-<GUID>-partnercenter}), resolves names
 * written as expressions, and reports where each is, whether its GUID is well-formed and
 * registered to the publisher, what may switch it off, and its apiVersion.
 * <p>
 * Pure: no database, no Spring. The publisher's registry comes in as a function, which must
 * only know that publisher's GUIDs. Hostile input is refused with a
 * {@link TemplateRejectedException} before anything big is built from it.
 */
public final class TemplateChecker {

    public static final int MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
    public static final int MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
    public static final long MAX_UNCOMPRESSED_BYTES = 20L * 1024 * 1024;
    public static final int MAX_ENTRIES = 1000;
    public static final int MAX_DEPTH = 64;
    /** The apiVersion the snippets use; older ones (samples show 2018-02-01) still work. */
    public static final String API_VERSION = "2020-06-01";
    public static final List<String> MAIN_TEMPLATE_NAMES = List.of("mainTemplate.json", "azuredeploy.json");
    static final String DEPLOYMENTS_TYPE = "Microsoft.Resources/deployments";

    private static final String KEY = "attribution.check.";
    private static final int MEGABYTE = 1024 * 1024;
    private static final Pattern API_VERSION_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(-preview)?");
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxDocumentLength(MAX_TEMPLATE_BYTES)
                            .build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final Function<TrackingGuid, Optional<RegisteredGuid>> registry;

    /** @param registry the checking publisher's own GUIDs, active or retired; empty for any other GUID */
    public TemplateChecker(Function<TrackingGuid, Optional<RegisteredGuid>> registry) {
        this.registry = registry;
    }

    /** Checks an upload: a zip package when it has a zip's signature or name, otherwise a JSON template. */
    public CheckReport check(String fileName, byte[] content) {
        boolean zipName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
        return zipName || hasZipSignature(content) ? checkPackage(content) : checkTemplate(fileName, content);
    }

    /** Checks one template file, taken as the main template whatever its name. */
    public CheckReport checkTemplate(String fileName, byte[] json) {
        String name = fileName == null || fileName.isBlank() ? MAIN_TEMPLATE_NAMES.getFirst() : baseName(fileName);
        if (json.length > MAX_TEMPLATE_BYTES) {
            throw new TemplateRejectedException(Reason.TOO_LARGE, name, MAX_TEMPLATE_BYTES / MEGABYTE);
        }
        JsonNode root = parse(name, json);
        Scan scan = new Scan();
        if (!isMainTemplateName(name)) {
            scan.global(Severity.INFO, "main-file-name", name);
        }
        scan.main(name, root);
        return scan.report(name, List.of(name));
    }

    /** Checks a zip package: its mainTemplate.json (or azuredeploy.json) and the templates beside it. */
    public CheckReport checkPackage(byte[] zip) {
        if (zip.length > MAX_PACKAGE_BYTES) {
            throw new TemplateRejectedException(Reason.TOO_LARGE, "zip", MAX_PACKAGE_BYTES / MEGABYTE);
        }
        Map<String, byte[]> jsonFiles = readPackage(zip);
        String main = jsonFiles.keySet().stream().filter(TemplateChecker::isMainTemplateName)
                .min(Comparator.<String>comparingLong(n -> n.chars().filter(c -> c == '/').count())
                        .thenComparing(n -> !baseName(n).equalsIgnoreCase(MAIN_TEMPLATE_NAMES.getFirst()))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(null);
        Scan scan = new Scan();
        List<String> files = new ArrayList<>();
        if (main == null) {
            scan.global(Severity.ERROR, "no-main-template");
        } else {
            files.add(main);
            scan.main(main, parse(main, jsonFiles.get(main)));
        }
        for (Map.Entry<String, byte[]> file : jsonFiles.entrySet()) {
            if (file.getKey().equals(main)) {
                continue;
            }
            JsonNode root;
            try {
                root = parse(file.getKey(), file.getValue());
            } catch (TemplateRejectedException e) {
                if (e.reason() == Reason.NOT_AN_OBJECT) {
                    continue; // valid JSON, but no template: nothing to look for
                }
                if (e.reason() != Reason.NOT_JSON && e.reason() != Reason.EMPTY) {
                    throw e;
                }
                scan.global(Severity.WARNING, "file-skipped", file.getKey());
                continue;
            }
            if (looksLikeTemplate(root)) {
                files.add(file.getKey());
                scan.template(file.getKey(), root, "", Placement.LINKED, Scope.of(root));
            }
        }
        return scan.report(main, files);
    }

    /** Reads at most {@code limit} bytes; more is refused as too large, naming {@code what}. */
    public static byte[] readAtMost(InputStream in, int limit, String what) throws IOException {
        byte[] data = in.readNBytes(limit + 1);
        if (data.length > limit) {
            throw new TemplateRejectedException(Reason.TOO_LARGE, what, limit / MEGABYTE);
        }
        return data;
    }

    public static boolean hasZipSignature(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && (content[2] == 3 && content[3] == 4 || content[2] == 5 && content[3] == 6);
    }

    static boolean isMainTemplateName(String path) {
        String base = baseName(path);
        return MAIN_TEMPLATE_NAMES.stream().anyMatch(base::equalsIgnoreCase);
    }

    private static String baseName(String path) {
        String normalised = path.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }

    // --- Reading input.

    static JsonNode parse(String file, byte[] bytes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT).contains("nesting depth")) {
                throw new TemplateRejectedException(Reason.TOO_DEEP, file, MAX_DEPTH);
            }
            throw new TemplateRejectedException(Reason.TOO_LARGE, file, MAX_TEMPLATE_BYTES / MEGABYTE);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            throw new TemplateRejectedException(Reason.NOT_JSON, file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        }
        if (root == null || root.isMissingNode()) {
            throw new TemplateRejectedException(Reason.EMPTY, file);
        }
        if (!root.isObject()) {
            throw new TemplateRejectedException(Reason.NOT_AN_OBJECT, file);
        }
        return root;
    }

    /**
     * The package's JSON files by normalised path, in archive order. Counts entries and inflated
     * bytes as it goes (the sizes a zip declares are not trusted), and refuses paths that would
     * leave the archive's folder.
     */
    static Map<String, byte[]> readPackage(byte[] zip) {
        if (!hasZipSignature(zip)) {
            throw new TemplateRejectedException(Reason.NOT_ZIP);
        }
        Map<String, byte[]> jsonFiles = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int entries = 0;
        long inflated = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new TemplateRejectedException(Reason.TOO_MANY_ENTRIES, MAX_ENTRIES);
                }
                String name = safeEntryName(entry.getName());
                if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                    throw new TemplateRejectedException(Reason.DUPLICATE_ENTRY, name);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
                ByteArrayOutputStream content = json ? new ByteArrayOutputStream() : null;
                long size = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    inflated += n;
                    size += n;
                    if (inflated > MAX_UNCOMPRESSED_BYTES) {
                        throw new TemplateRejectedException(Reason.UNCOMPRESSED_TOO_LARGE, MAX_UNCOMPRESSED_BYTES / MEGABYTE);
                    }
                    if (json) {
                        if (size > MAX_TEMPLATE_BYTES) {
                            throw new TemplateRejectedException(Reason.TOO_LARGE, name, MAX_TEMPLATE_BYTES / MEGABYTE);
                        }
                        content.write(buffer, 0, n);
                    }
                }
                if (json) {
                    jsonFiles.put(name, content.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new TemplateRejectedException(Reason.NOT_ZIP);
        }
        if (entries == 0 && zip[2] != 5) {
            throw new TemplateRejectedException(Reason.NOT_ZIP);
        }
        return jsonFiles;
    }

    /** The entry's path with {@code \} as {@code /} and {@code .}/{@code ..} applied; refused when it leaves the archive. */
    static String safeEntryName(String raw) {
        String name = raw.replace('\\', '/');
        if (name.isEmpty() || name.indexOf('\0') >= 0 || name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            throw new TemplateRejectedException(Reason.UNSAFE_PATH, raw);
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    throw new TemplateRejectedException(Reason.UNSAFE_PATH, raw);
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        if (parts.isEmpty()) {
            throw new TemplateRejectedException(Reason.UNSAFE_PATH, raw);
        }
        return String.join("/", parts) + (name.endsWith("/") ? "/" : "");
    }

    private static boolean looksLikeTemplate(JsonNode root) {
        JsonNode resources = Json.field(root, "resources");
        String schema = Json.text(root, "$schema");
        return resources != null && resources.isContainer()
                || schema != null && schema.toLowerCase(Locale.ROOT).contains("deploymenttemplate");
    }

    private static boolean isDeployment(JsonNode resource) {
        String type = Json.text(resource, "type");
        return type != null && type.strip().equalsIgnoreCase(DEPLOYMENTS_TYPE);
    }

    private static boolean startsWithPid(String text) {
        return text.regionMatches(true, 0, TrackingGuid.PID_PREFIX, 0, TrackingGuid.PID_PREFIX.length());
    }

    private static String written(JsonNode node) {
        return node == null ? null : node.isString() ? node.stringValue() : node.toString();
    }

    // --- Walking the templates.

    /** A tracking deployment while it is being examined. */
    private static final class Found {
        final String file;
        final String path;
        final Placement placement;
        String nameAsWritten;
        String resolvedName;
        TrackingGuid guid;
        boolean partnerCenter;
        RegistrationStatus registration;
        RegisteredGuid registered;
        String condition;
        String apiVersion;
        final List<Finding> findings = new ArrayList<>();

        Found(String file, String path, Placement placement) {
            this.file = file;
            this.path = path;
            this.placement = placement;
        }

        void add(Severity severity, String key, Object... arguments) {
            findings.add(Finding.of(severity, KEY + key, arguments));
        }

        TrackingDeployment toRecord() {
            return new TrackingDeployment(file, path, placement, nameAsWritten, resolvedName,
                    guid == null ? null : guid.value(), partnerCenter, registration,
                    registered == null ? null : registered.offerIdentifier(),
                    registered == null ? null : registered.offerName(), condition, apiVersion, findings);
        }
    }

    private final class Scan {
        private final List<Finding> global = new ArrayList<>();
        private final List<Found> found = new ArrayList<>();
        /** Whether a main template (or a single resource) was searched, so that finding nothing means something. */
        private boolean searchedMain;

        void global(Severity severity, String key, Object... arguments) {
            global.add(Finding.of(severity, KEY + key, arguments));
        }

        void main(String file, JsonNode root) {
            if (Json.field(root, "resources") == null && isDeployment(root)) {
                // A single resource, like the documentation's sample, rather than a whole template.
                global(Severity.WARNING, "fragment");
                resource(file, root, "", Placement.MAIN, new Scope(null, null));
                searchedMain = true;
            } else if (!looksLikeTemplate(root)) {
                global(Severity.ERROR, "not-a-template", file);
            } else {
                template(file, root, "", Placement.MAIN, Scope.of(root));
                searchedMain = true;
            }
        }

        void template(String file, JsonNode template, String prefix, Placement placement, Scope scope) {
            JsonNode resources = Json.field(template, "resources");
            if (resources == null) {
                return;
            }
            if (resources.isArray()) {
                for (int i = 0; i < resources.size(); i++) {
                    resource(file, resources.get(i), prefix + "resources[" + i + "]", placement, scope);
                }
            } else if (resources.isObject()) {
                // languageVersion 2.0 templates key resources by symbolic name.
                for (Map.Entry<String, JsonNode> named : resources.properties()) {
                    resource(file, named.getValue(), prefix + "resources['" + named.getKey() + "']", placement, scope);
                }
            }
        }

        private void resource(String file, JsonNode resource, String path, Placement placement, Scope scope) {
            if (resource == null || !resource.isObject()) {
                return;
            }
            if (isDeployment(resource)) {
                JsonNode nameNode = Json.field(resource, "name");
                ArmExpressions.Result name = ArmExpressions.evaluate(nameNode, scope);
                boolean tracking = name instanceof Value v
                        ? v.node().isString() && startsWithPid(v.node().stringValue().strip())
                        : nameNode != null && nameNode.isString() && nameNode.stringValue().toLowerCase(Locale.ROOT).contains(TrackingGuid.PID_PREFIX);
                if (tracking) {
                    found.add(examine(file, resource, path, placement, scope, nameNode, name));
                } else {
                    nested(file, resource, path, placement, scope);
                }
            }
            JsonNode children = Json.field(resource, "resources");
            if (children != null && children.isArray()) {
                for (int i = 0; i < children.size(); i++) {
                    resource(file, children.get(i), path + ".resources[" + i + "]", placement, scope);
                }
            }
        }

        /** The inline template of an ordinary deployment: whatever it holds is nested. */
        private void nested(String file, JsonNode deployment, String path, Placement placement, Scope outer) {
            JsonNode properties = Json.field(deployment, "properties");
            JsonNode inner = Json.field(properties, "template");
            if (inner == null || !inner.isObject()) {
                return;
            }
            boolean innerScope = "inner".equalsIgnoreCase(Json.text(Json.field(properties, "expressionEvaluationOptions"), "scope"));
            template(file, inner, path + ".properties.template.", placement == Placement.MAIN ? Placement.NESTED : placement,
                    innerScope ? Scope.of(inner) : outer);
        }

        private Found examine(String file, JsonNode resource, String path, Placement placement, Scope scope,
                              JsonNode nameNode, ArmExpressions.Result name) {
            Found f = new Found(file, path, placement);
            f.nameAsWritten = written(nameNode);
            switch (name) {
                case Value value -> {
                    f.resolvedName = value.node().stringValue().strip();
                    if (!value.parameters().isEmpty()) {
                        f.add(Severity.INFO, "name-from-parameter", String.join(", ", value.parameters()));
                    }
                    guid(f, f.resolvedName.substring(TrackingGuid.PID_PREFIX.length()));
                }
                case Unresolved unresolved -> {
                    List<Object> arguments = unresolved.arguments();
                    f.add(Severity.WARNING, "unresolved." + unresolved.reason(), arguments.toArray());
                }
            }
            condition(f, resource, scope);
            f.apiVersion = Json.text(resource, "apiVersion");
            if (f.apiVersion == null) {
                f.add(Severity.ERROR, "api-version-missing", API_VERSION);
            } else if (!API_VERSION_SHAPE.matcher(f.apiVersion).matches()) {
                f.add(Severity.WARNING, "api-version-unrecognised", f.apiVersion);
            } else if (f.apiVersion.compareTo(API_VERSION) < 0) {
                f.add(Severity.INFO, "api-version-old", f.apiVersion, API_VERSION);
            }
            JsonNode properties = Json.field(resource, "properties");
            String mode = Json.text(properties, "mode");
            if (mode == null) {
                f.add(Severity.WARNING, "mode-missing");
            } else if (!mode.equalsIgnoreCase("Incremental")) {
                f.add(Severity.ERROR, "mode-not-incremental", mode);
            }
            JsonNode inner = Json.field(properties, "template");
            if (Json.field(properties, "templateLink") != null) {
                f.add(Severity.WARNING, "template-link");
            } else if (inner == null || !inner.isObject()) {
                f.add(Severity.WARNING, "template-missing");
            } else {
                JsonNode innerResources = Json.field(inner, "resources");
                if (innerResources != null && innerResources.isContainer() && !innerResources.isEmpty()) {
                    f.add(Severity.WARNING, "template-not-empty");
                }
            }
            return f;
        }

        private void guid(Found f, String afterPrefix) {
            String text = afterPrefix;
            if (text.toLowerCase(Locale.ROOT).endsWith(TrackingGuid.PARTNER_CENTER_SUFFIX)) {
                f.partnerCenter = true;
                text = text.substring(0, text.length() - TrackingGuid.PARTNER_CENTER_SUFFIX.length());
                f.add(Severity.INFO, "partner-center");
            }
            try {
                f.guid = TrackingGuid.strict("name", text);
            } catch (ValidationException e) {
                f.add(Severity.ERROR, "guid-malformed", text);
                e.violations().forEach(v -> f.findings.add(new Finding(Severity.ERROR, v.messageKey(), List.of(v.arguments()))));
                return;
            }
            Optional<RegisteredGuid> registered = registry.apply(f.guid);
            if (registered.isEmpty()) {
                f.registration = RegistrationStatus.NOT_REGISTERED_TO_YOU;
                if (f.partnerCenter) {
                    f.add(Severity.WARNING, "not-registered-partner-center");
                } else {
                    f.add(Severity.ERROR, "not-registered");
                }
            } else {
                f.registered = registered.get();
                if (registered.get().active()) {
                    f.registration = RegistrationStatus.REGISTERED;
                    f.add(Severity.INFO, "registered", registered.get().purpose());
                } else {
                    f.registration = RegistrationStatus.RETIRED;
                    f.add(Severity.WARNING, "retired", registered.get().purpose());
                }
            }
        }

        private void condition(Found f, JsonNode resource, Scope scope) {
            JsonNode condition = Json.field(resource, "condition");
            if (condition == null) {
                return;
            }
            f.condition = written(condition);
            if (ArmExpressions.evaluate(condition, scope) instanceof Value value && value.node().isBoolean()) {
                boolean on = value.node().booleanValue();
                String parameters = String.join(", ", value.parameters());
                if (value.parameters().isEmpty()) {
                    if (!on) {
                        f.add(Severity.ERROR, "condition-false", f.condition);
                    }
                } else if (on) {
                    f.add(Severity.WARNING, "condition-parameter", f.condition, parameters);
                } else {
                    f.add(Severity.WARNING, "condition-default-false", f.condition, parameters);
                }
            } else {
                f.add(Severity.WARNING, "condition-unknown", f.condition);
            }
        }

        CheckReport report(String main, List<String> files) {
            Set<TrackingGuid> inMain = found.stream().filter(f -> f.placement == Placement.MAIN && f.guid != null)
                    .map(f -> f.guid).collect(Collectors.toSet());
            for (Found f : found) {
                if (f.placement == Placement.MAIN) {
                    continue;
                }
                if (f.guid != null && inMain.contains(f.guid)) {
                    f.findings.addFirst(Finding.of(Severity.INFO, KEY + "also-in-main"));
                } else if (f.placement == Placement.NESTED) {
                    f.findings.addFirst(Finding.of(Severity.ERROR, KEY + "nested-only"));
                } else {
                    f.findings.addFirst(Finding.of(Severity.ERROR, KEY + "linked-only", f.file));
                }
            }
            // Two resources with one name in one template fail the deployment's validation.
            found.stream().filter(f -> f.resolvedName != null)
                    .collect(Collectors.groupingBy(f -> f.file + "\n" + f.path.substring(0, Math.max(0, f.path.lastIndexOf("resources")))
                            + "\n" + f.resolvedName.toLowerCase(Locale.ROOT)))
                    .values().stream().filter(same -> same.size() > 1)
                    .forEach(same -> same.forEach(f -> f.add(Severity.ERROR, "duplicate-name", same.size())));
            if (found.isEmpty() && searchedMain) {
                global(Severity.ERROR, "no-tracking-deployment");
            }
            return new CheckReport(main, files, found.stream().map(Found::toRecord).toList(), global);
        }
    }
}
