package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An attachment as the portal hands it out, to members and staff alike: always a download with the
 * content type the upload check settled on, never rendered by the browser, never cached by proxies.
 */
public final class AttachmentResponses {

    private AttachmentResponses() {
    }

    public static void send(HttpServletResponse response, AttachmentDownload file) throws IOException {
        byte[] data = file.data();
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName().replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_")
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
