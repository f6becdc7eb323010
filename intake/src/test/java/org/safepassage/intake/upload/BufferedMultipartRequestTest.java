package org.safepassage.intake.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.multipart.MultipartException;

class BufferedMultipartRequestTest {

    private static ArrivedBody body(String text) {
        ArrivedBody body = new ArrivedBody();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        body.add(bytes, bytes.length);
        return body;
    }

    private static MockHttpServletRequest request(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
        request.setContentType("multipart/form-data; boundary=XyZ");
        request.setQueryString(query);
        return request;
    }

    @Test
    void readsFieldsInUtf8FilesAndTheQueryString() throws Exception {
        String form = "--XyZ\r\nContent-Disposition: form-data; name=\"givenName\"\r\n\r\nعلی‌رضا\r\n"
                + "--XyZ\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"scan.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7 synthetic\r\n--XyZ--\r\n";

        BufferedMultipartRequest request = new BufferedMultipartRequest(request("lang=en&x=a+b"), body(form));

        assertThat(request.getParameter("givenName")).isEqualTo("علی‌رضا");
        assertThat(request.getParameter("lang")).isEqualTo("en");
        assertThat(request.getParameter("x")).isEqualTo("a b");
        assertThat(request.getParts()).hasSize(2);
        assertThat(request.getPart("attachments").getSubmittedFileName()).isEqualTo("scan.pdf");
        assertThat(request.getPart("attachments").getInputStream().readAllBytes())
                .isEqualTo("%PDF-1.7 synthetic".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void refusesABodyThatIsNotTheMultipartItClaims() {
        MockHttpServletRequest noBoundary = request(null);
        noBoundary.setContentType("multipart/form-data");
        String truncated = "--XyZ\r\nContent-Disposition: form-data; name=\"givenName\"\r\n\r\nAli";

        assertThatThrownBy(() -> new BufferedMultipartRequest(noBoundary, body("garbage")))
                .isInstanceOf(MultipartException.class);
        assertThatThrownBy(() -> new BufferedMultipartRequest(request(null), body(truncated)))
                .isInstanceOf(MultipartException.class);
    }
}
