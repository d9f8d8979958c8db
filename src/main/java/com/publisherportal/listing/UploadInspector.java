package com.publisherportal.listing;

import com.publisherportal.common.Translatable;
import com.publisherportal.common.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Checks an upload by its content, never its name: the PNG signature and the pixel size read
 * from the IHDR header (nothing is decoded), the PDF signature, and the size limits, read
 * with a cap so an oversized upload is refused without being held in memory.
 */
public final class UploadInspector {

    public static final int IMAGE_LIMIT = 2 * 1024 * 1024;
    public static final int DOCUMENT_LIMIT = 10 * 1024 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    /** An accepted file: its bytes and, for images, the pixel size. */
    public record Inspected(byte[] bytes, String contentType, int width, int height) {
    }

    private UploadInspector() {
    }

    /** Reads at most {@code limit} bytes; more is refused with the limit named. */
    public static byte[] readLimited(InputStream in, int limit, String field) {
        try {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw new ValidationException(field, "upload.too-large", limit / (1024 * 1024));
            }
            if (bytes.length == 0) {
                throw new ValidationException(field, "upload.empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of exactly the given pixel size. */
    public static Inspected png(byte[] bytes, int width, int height, String field) {
        if (bytes.length < 24 || !startsWith(bytes, PNG)) {
            throw new ValidationException(field, "upload.not-png", describe(bytes));
        }
        // IHDR is the first chunk: length (4), type (4), then width and height, big-endian.
        if (!"IHDR".equals(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new ValidationException(field, "upload.png-damaged");
        }
        int w = readInt(bytes, 16);
        int h = readInt(bytes, 20);
        if (w != width || h != height) {
            throw new ValidationException(field, "upload.wrong-size", w, h, width, height);
        }
        return new Inspected(bytes, "image/png", w, h);
    }

    /** A PDF document, or a PNG image of any size (a message's attachment). */
    public static Inspected pdfOrPng(byte[] bytes, String field) {
        if (startsWith(bytes, PDF)) {
            return new Inspected(bytes, "application/pdf", 0, 0);
        }
        if (bytes.length < 24 || !startsWith(bytes, PNG)) {
            throw new ValidationException(field, "upload.not-pdf-or-png", describe(bytes));
        }
        if (!"IHDR".equals(new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new ValidationException(field, "upload.png-damaged");
        }
        return new Inspected(bytes, "image/png", readInt(bytes, 16), readInt(bytes, 20));
    }

    public static Inspected pdf(byte[] bytes, String field) {
        if (!startsWith(bytes, PDF)) {
            throw new ValidationException(field, "upload.not-pdf", describe(bytes));
        }
        return new Inspected(bytes, "application/pdf", 0, 0);
    }

    /** What the file's content is instead, for the error message. */
    static Translatable describe(byte[] bytes) {
        String kind = sniff(bytes);
        return () -> "upload.kind." + kind;
    }

    static String sniff(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (bytes.length >= 6 && new String(bytes, 0, 6, java.nio.charset.StandardCharsets.US_ASCII).startsWith("GIF8")) {
            return "GIF";
        }
        if (startsWith(bytes, PNG)) {
            return "PNG";
        }
        if (startsWith(bytes, PDF)) {
            return "PDF";
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return "ZIP";
        }
        return "UNKNOWN";
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
