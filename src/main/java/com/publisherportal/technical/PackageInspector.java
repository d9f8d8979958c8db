package com.publisherportal.technical;

import com.publisherportal.attribution.TemplateChecker;
import com.publisherportal.common.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Checks an Azure application package on its content, not its name: a zip (by signature) holding
 * {@code mainTemplate.json} and {@code createUiDefinition.json} at its root, both JSON. Reads
 * within limits (size of the upload, number of entries, bytes inflated), so a zip bomb stops
 * early.
 */
final class PackageInspector {

    static final int MAX_PACKAGE_BYTES = 20 * 1024 * 1024;
    static final int MAX_ENTRIES = 500;
    static final long MAX_UNCOMPRESSED_BYTES = 50L * 1024 * 1024;
    static final String MAIN_TEMPLATE = "mainTemplate.json";
    static final String UI_DEFINITION = "createUiDefinition.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PackageInspector() {
    }

    /** Reads the upload, at most the limit and one byte more to tell it is over. */
    static byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_PACKAGE_BYTES + 1);
        if (content.length > MAX_PACKAGE_BYTES) {
            throw new ValidationException("package", "technical.package-too-large", MAX_PACKAGE_BYTES / (1024 * 1024));
        }
        return content;
    }

    static void inspect(byte[] zip) {
        if (!TemplateChecker.hasZipSignature(zip)) {
            throw new ValidationException("package", "technical.package-not-zip");
        }
        Map<String, byte[]> required = new HashMap<>();
        int entries = 0;
        long inflated = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ValidationException("package", "technical.package-too-many-entries", MAX_ENTRIES);
                }
                boolean wanted = !entry.isDirectory()
                        && (MAIN_TEMPLATE.equals(entry.getName()) || UI_DEFINITION.equals(entry.getName()));
                var kept = wanted ? new java.io.ByteArrayOutputStream() : null;
                int read;
                while ((read = in.read(buffer)) > 0) {
                    // Counted as inflated, whatever sizes the zip declares.
                    inflated += read;
                    if (inflated > MAX_UNCOMPRESSED_BYTES) {
                        throw new ValidationException("package", "technical.package-too-large-unpacked",
                                MAX_UNCOMPRESSED_BYTES / (1024 * 1024));
                    }
                    if (kept != null) {
                        kept.write(buffer, 0, read);
                    }
                }
                if (kept != null) {
                    required.put(entry.getName(), kept.toByteArray());
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new ValidationException("package", "technical.package-not-zip");
        } catch (IOException e) {
            throw new ValidationException("package", "technical.package-not-zip");
        }
        for (String name : new String[]{MAIN_TEMPLATE, UI_DEFINITION}) {
            byte[] json = required.get(name);
            if (json == null) {
                throw new ValidationException("package", "technical.package-missing-file", name);
            }
            try {
                if (!JSON.readTree(json).isObject()) {
                    throw new ValidationException("package", "technical.package-not-json", name);
                }
            } catch (JacksonException e) {
                throw new ValidationException("package", "technical.package-not-json", name);
            }
        }
    }
}
