package org.safepassage.intake.upload;

import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One part of a multipart body held in memory: it is never written anywhere, so {@link #write} refuses. */
final class BufferedPart implements Part {

    private final String name;
    private final String fileName;
    private final String contentType;
    private final Map<String, List<String>> headers;
    private final byte[] content;

    BufferedPart(String name, String fileName, String contentType, Map<String, List<String>> headers, byte[] content) {
        this.name = name;
        this.fileName = fileName;
        this.contentType = contentType;
        this.headers = headers;
        this.content = content;
    }

    byte[] content() {
        return content;
    }

    @Override
    public InputStream getInputStream() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getSubmittedFileName() {
        return fileName;
    }

    @Override
    public long getSize() {
        return content.length;
    }

    @Override
    public void write(String fileName) throws IOException {
        throw new IOException("uploads stay in memory: the intake never writes a part to disk");
    }

    @Override
    public void delete() {
        // nothing on disk
    }

    @Override
    public String getHeader(String header) {
        List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public Collection<String> getHeaders(String header) {
        List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : values;
    }

    @Override
    public Collection<String> getHeaderNames() {
        return headers.keySet();
    }
}
