package com.publisherportal.listing;

/** A stored file as served: name, type and bytes. */
public record MediaContent(String fileName, String contentType, byte[] bytes) {
}
