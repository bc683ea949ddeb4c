package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentDownload;
import io.supportcenter.domain.shared.BusinessException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * Hands out an attachment ({@code <prefix>/{id}}) to whoever the subclass says may have it, to
 * members and staff alike: always a download with the content type the upload check settled on,
 * never rendered by the browser, never cached by proxies. Any other id answers 404, as if it did
 * not exist. A servlet rather than OmniFaces' {@code Faces.sendFile}, which needs a Faces request (these are plain
 * addresses), takes the content type from the file name and sends {@code Cache-Control: public} over https.
 */
public abstract class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The file with this id if the caller may have it; empty otherwise (also when nobody is signed in). */
    protected abstract Optional<AttachmentDownload> find(long attachmentId);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        Optional<AttachmentDownload> file;
        try {
            file = id.matches("\\d{1,18}") ? find(Long.parseLong(id)) : Optional.empty();
        } catch (BusinessException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        send(response, file.get());
    }

    private static void send(HttpServletResponse response, AttachmentDownload file) throws IOException {
        byte[] data = file.data();
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", Servlets.formatContentDispositionHeader(file.fileName(), true));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
