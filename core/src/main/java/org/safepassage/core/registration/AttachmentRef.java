package org.safepassage.core.registration;

/** Points from a document to an attachment sealed in an envelope of its own. */
public record AttachmentRef(String envelope, String name, long size, String sha256) {
}
