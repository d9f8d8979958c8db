package com.publisherportal.common.export;

import java.util.Locale;
import java.util.Optional;

/** The download formats of every grid and report. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public String fileName(String baseName) {
        return baseName + "." + extension;
    }

    /** "csv" or "xlsx", in any case. */
    public static Optional<ExportFormat> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> Optional.of(CSV);
            case "xlsx", "excel" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }

    /** The format an HTTP Accept header asks for, if it names one of these media types. */
    public static Optional<ExportFormat> fromAccept(String accept) {
        if (accept == null) {
            return Optional.empty();
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("text/csv")) {
            return Optional.of(CSV);
        }
        if (lower.contains("spreadsheetml.sheet")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }
}
