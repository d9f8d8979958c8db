package com.publisherportal.conversation;

import com.publisherportal.listing.UploadInspector;

import java.io.InputStream;
import java.util.Objects;

/** A file on a message: a PDF or a PNG, recognised by its content, at most 5 MB. */
public record MessageAttachment(String fileName, String contentType, byte[] content) {

    public static final int LIMIT = 5 * 1024 * 1024;

    public MessageAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    /** Reads and checks an upload: the size while reading, then the content (not the name). */
    public static MessageAttachment read(String fileName, InputStream in) {
        byte[] bytes = UploadInspector.readLimited(in, LIMIT, "attachment");
        UploadInspector.Inspected inspected = UploadInspector.pdfOrPng(bytes, "attachment");
        String name = com.publisherportal.common.OutsideText.fileName(fileName);
        if (name.isEmpty()) {
            name = "application/pdf".equals(inspected.contentType()) ? "attachment.pdf" : "attachment.png";
        }
        return new MessageAttachment(name, inspected.contentType(), bytes);
    }
}
