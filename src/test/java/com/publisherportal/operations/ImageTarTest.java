package com.publisherportal.operations;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the container image that Jib writes ({@code target/jib-image.tar}, profile "production") without running
 * it: CI has no container engine. Reads the docker-format tar (manifest.json, the config JSON and gzipped layers)
 * given by {@code PORTAL_IMAGE_TAR} (system property or environment). Skipped when none is given, unless
 * {@code PORTAL_REQUIRE_IMAGE=true} (as in CI), which makes a missing tar a failure. {@code bench/image-smoke.sh}
 * runs the same tar and checks that it serves.
 */
class ImageTarTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode manifest;
    private static JsonNode config;
    /** Every path in the layers (without a leading "./" or "/"), with its tar entry's mode and owner. */
    private static final Map<String, TarArchiveEntry> files = new HashMap<>();
    /** The layer (1 = the bottom one) each path comes from. */
    private static final Map<String, Integer> layerOf = new HashMap<>();
    private static final Map<String, byte[]> contents = new HashMap<>();

    @BeforeAll
    static void readImage() throws IOException {
        String location = System.getProperty("PORTAL_IMAGE_TAR", System.getenv("PORTAL_IMAGE_TAR"));
        boolean required = "true".equalsIgnoreCase(System.getenv("PORTAL_REQUIRE_IMAGE"))
                || "true".equalsIgnoreCase(System.getProperty("PORTAL_REQUIRE_IMAGE"));
        Path tar = location == null || location.isBlank() ? null : Path.of(location);
        if (tar == null || !Files.isRegularFile(tar)) {
            String reason = "No image tar at PORTAL_IMAGE_TAR='" + (location == null ? "" : location)
                    + "' (./mvnw -Pproduction package -DskipTests writes target/jib-image.tar)";
            if (required) {
                fail("PORTAL_REQUIRE_IMAGE=true: " + reason);
            }
            assumeTrue(false, reason);
        }

        Map<String, byte[]> outer = new HashMap<>();
        try (var in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isFile()) {
                    outer.put(normalize(entry.getName()), in.readAllBytes());
                }
            }
        }
        assertThat(outer).as("docker-format image tar").containsKey("manifest.json");
        JsonNode manifests = JSON.readTree(outer.get("manifest.json"));
        assertThat(manifests).hasSize(1);
        manifest = manifests.get(0);
        config = JSON.readTree(outer.get(normalize(manifest.get("Config").asString())));

        int layerIndex = 0;
        for (JsonNode layer : manifest.get("Layers")) {
            layerIndex++;
            byte[] blob = outer.get(normalize(layer.asString()));
            assertThat(blob).as("layer %s", layer.asString()).isNotNull();
            try (var in = new TarArchiveInputStream(gunzipIfNeeded(blob))) {
                for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                    String name = normalize(entry.getName());
                    files.put(name, entry);
                    layerOf.put(name, layerIndex);
                    if (entry.isFile() && (name.matches("app/publisher-portal-.*\\.jar") || name.startsWith("etc/"))) {
                        contents.put(name, in.readAllBytes());
                    }
                }
            }
        }
    }

    @Test
    void isTaggedAsThePortal() {
        assertThat(texts(manifest.get("RepoTags"))).contains("publisher-portal:latest");
        assertThat(config.path("architecture").asString()).isIn("amd64", "arm64");
        assertThat(config.path("os").asString()).isEqualTo("linux");
    }

    @Test
    void runsAsTheNonRootPortalUser() {
        assertThat(config.path("config").path("User").asString()).isEqualTo("10001:10001");
        assertThat(new String(contents.get("etc/passwd"))).contains("portal:x:10001:10001:");
        assertThat(new String(contents.get("etc/group"))).contains("portal:x:10001:");
        assertThat(config.path("config").path("WorkingDir").asString()).isEqualTo("/app");
        // Jib cannot give directories to uid 10001: the ones the portal writes to are open to all.
        assertThat(files.get("app/data").getMode() & 0777).isEqualTo(0777);
        assertThat(files.get("tmp").getMode() & 0777).isEqualTo(0777);
    }

    @Test
    void entrypointRunsTheImagesJavaOnTheApplication() {
        List<String> entrypoint = texts(config.path("config").path("Entrypoint"));
        assertThat(entrypoint).first().isEqualTo("/opt/java/bin/java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75");
        // The extracted jar with the ahead-of-time cache trained for it (issue 20).
        assertThat(entrypoint).contains("-XX:AOTCache=/app/portal.aot");
        // And the application context Spring AOT worked out at build time.
        assertThat(entrypoint).contains("-Dspring.aot.enabled=true");
        assertThat(entrypoint.get(entrypoint.size() - 2)).isEqualTo("-jar");
        assertThat(entrypoint).last().asString().matches("/app/publisher-portal-.*\\.jar");
        assertThat(files).containsKey(entrypoint.getLast().substring(1)).containsKey("app/portal.aot");
        assertThat(files.get("app/portal.aot").getSize()).as("the cache").isGreaterThan(10_000_000L);
        assertThat(files.keySet())
                .anyMatch(name -> name.matches("app/lib/spring-boot-4\\..*\\.jar"))
                .anyMatch(name -> name.matches("app/lib/flow-server-.*\\.jar"))
                .noneMatch(name -> name.startsWith("app/classes/") || name.startsWith("app/libs/"));

        TarArchiveEntry java = files.get("opt/java/bin/java");
        assertThat(java).as("the java launcher").isNotNull();
        assertThat(java.getMode() & 0111).as("java is executable").isEqualTo(0111);
        assertThat(files).containsKeys("opt/java/lib/server/libjvm.so", "opt/java/lib/modules");
        assertThat(files.keySet()).as("the dynamic loader the launcher needs")
                .anyMatch(name -> name.matches("lib64/ld-linux-x86-64\\.so\\.2|lib/ld-linux-aarch64\\.so\\.1"));
        assertThat(files.keySet()).anyMatch(name -> name.matches("(usr/)?lib/.*-linux-gnu/libc\\.so\\.6"));
    }

    @Test
    void holdsTheProductionBuildOfTheApplication() throws IOException {
        String jar = files.keySet().stream().filter(name -> name.matches("app/publisher-portal-.*\\.jar")).findFirst().orElseThrow();
        List<String> entries = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(contents.get(jar)))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("com/publisherportal/Application.class", "META-INF/VAADIN/config/flow-build-info.json")
                .anyMatch(name -> name.startsWith("db/migration/V1__"));
        // Vaadin's production bundle (no Node at run time), and no development server.
        assertThat(files.keySet()).noneMatch(name -> name.matches("app/lib/vaadin-dev-server-.*\\.jar"));
        // The runtime, the libraries, the application and its cache each in their own layer, so a new
        // build changes the top ones only.
        String library = files.keySet().stream().filter(name -> name.startsWith("app/lib/flow-server-")).findFirst().orElseThrow();
        assertThat(List.of(layerOf.get("opt/java/bin/java"), layerOf.get(library), layerOf.get(jar), layerOf.get("app/portal.aot")))
                .doesNotHaveDuplicates();
        assertThat(layerOf.get("opt/java/bin/java")).isLessThan(layerOf.get(library));
        assertThat(layerOf.get(library)).isLessThan(Math.min(layerOf.get(jar), layerOf.get("app/portal.aot")));
    }

    @Test
    void exposesTheWebAndManagementPorts() {
        List<String> ports = new ArrayList<>();
        ports.addAll(config.path("config").path("ExposedPorts").propertyNames());
        assertThat(ports).containsExactlyInAnyOrder("8080/tcp", "8081/tcp");
    }

    @Test
    void environmentOpensTheManagementPortAndKeepsDataInAppData() {
        assertThat(texts(config.path("config").path("Env")))
                .contains("MANAGEMENT_ADDRESS=0.0.0.0", "PORTAL_DATA_DIR=/app/data", "JAVA_HOME=/opt/java");
        List<String> volumes = new ArrayList<>();
        volumes.addAll(config.path("config").path("Volumes").propertyNames());
        assertThat(volumes).containsExactly("/app/data");
    }

    @Test
    void carriesTheOpenContainersLabels() {
        JsonNode labels = config.path("config").path("Labels");
        assertThat(labels.path("org.opencontainers.image.title").asString()).isEqualTo("Publisher Portal");
        assertThat(labels.path("org.opencontainers.image.version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(labels.path("org.opencontainers.image.revision").asString()).matches("[0-9a-f]{40}");
        assertThat(labels.path("org.opencontainers.image.source").asString()).isNotBlank();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static String normalize(String name) {
        String path = name.startsWith("./") ? name.substring(2) : name.startsWith("/") ? name.substring(1) : name;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static InputStream gunzipIfNeeded(byte[] blob) throws IOException {
        InputStream in = new java.io.ByteArrayInputStream(blob);
        return blob.length > 2 && (blob[0] & 0xff) == 0x1f && (blob[1] & 0xff) == 0x8b ? new GZIPInputStream(in) : in;
    }
}
