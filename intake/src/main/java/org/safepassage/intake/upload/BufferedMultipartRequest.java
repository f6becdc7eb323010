package org.safepassage.intake.upload;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.FileItemIterator;
import org.apache.tomcat.util.http.fileupload.FileItemStream;
import org.apache.tomcat.util.http.fileupload.FileUpload;
import org.apache.tomcat.util.http.fileupload.UploadContext;
import org.safepassage.intake.system.QueryString;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart request whose body has already arrived whole ({@link UploadAdmission}): its parts and
 * form fields are read from that memory with the servlet container's own multipart parser, so the
 * framework, the CSRF check and the controllers see an ordinary request. Query-string parameters
 * stay as the container read them; form fields are added after them, as the container would.
 */
final class BufferedMultipartRequest extends HttpServletRequestWrapper {

    static final int MAX_PARTS = 256;

    private final ArrivedBody body;
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    BufferedMultipartRequest(HttpServletRequest request, ArrivedBody body) {
        super(request);
        this.body = body;
        // The query string only: asking the container for its parameters would make it read the body again.
        try {
            parameters.putAll(QueryString.parameters(request.getQueryString()));
        } catch (IllegalArgumentException e) {
            throw new MultipartException("the query string could not be read", e);
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        try {
            FileUpload upload = new FileUpload();
            upload.setHeaderEncoding(StandardCharsets.UTF_8.name());
            upload.setFileCountMax(MAX_PARTS);
            FileItemIterator items = upload.getItemIterator(context(request, body));
            while (items.hasNext()) {
                FileItemStream item = items.next();
                if (parts.size() >= MAX_PARTS) {
                    throw new MultipartException("more than " + MAX_PARTS + " parts");
                }
                byte[] content;
                try (InputStream in = item.openStream()) {
                    content = in.readAllBytes();
                }
                parts.add(new BufferedPart(item.getFieldName(), item.getName(), item.getContentType(), headers(item), content));
                if (item.isFormField()) {
                    fields.computeIfAbsent(item.getFieldName(), name -> new ArrayList<>())
                            .add(new String(content, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new MultipartException("the multipart body could not be read", e);
        }
        fields.forEach((name, values) -> {
            String[] before = parameters.get(name);
            List<String> all = new ArrayList<>(before == null ? List.of() : List.of(before));
            all.addAll(values);
            parameters.put(name, all.toArray(String[]::new));
        });
    }

    @Override
    public Collection<Part> getParts() {
        return Collections.unmodifiableList(parts);
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(part -> name.equals(part.getName())).findFirst().orElse(null);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public ServletInputStream getInputStream() {
        InputStream in = body.stream();
        return new ServletInputStream() {
            @Override
            public boolean isFinished() {
                try {
                    return in.available() == 0;
                } catch (IOException e) {
                    return true;
                }
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has already arrived; read it directly");
            }

            @Override
            public int read() throws IOException {
                return in.read();
            }

            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                return in.read(bytes, offset, length);
            }
        };
    }

    private static UploadContext context(HttpServletRequest request, ArrivedBody body) {
        return new UploadContext() {
            @Override
            public long contentLength() {
                return body.size();
            }

            @Override
            public String getCharacterEncoding() {
                return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : request.getCharacterEncoding();
            }

            @Override
            public String getContentType() {
                return request.getContentType();
            }

            @Override
            public InputStream getInputStream() {
                return body.stream();
            }
        };
    }

    private static Map<String, List<String>> headers(FileItemStream item) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (item.getHeaders() == null) {
            return headers;
        }
        for (Iterator<String> names = item.getHeaders().getHeaderNames(); names.hasNext(); ) {
            String name = names.next();
            List<String> values = new ArrayList<>();
            item.getHeaders().getHeaders(name).forEachRemaining(values::add);
            headers.put(name.toLowerCase(Locale.ROOT), values);
        }
        return headers;
    }
}
