package io.supportcenter.web.inquiry;

import io.supportcenter.domain.inquiry.AttachmentDownload;
import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Hands out an attachment ({@code /support/attachments/{id}}) to a member of the account whose
 * inquiry holds it, always as a download with our own content type, never rendered by the browser;
 * any other id answers 404.
 */
@WebServlet("/support/attachments/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        Optional<Long> userId = currentUser.member().map(member -> member.userId());
        Optional<AttachmentDownload> file;
        try {
            file = id.matches("\\d{1,18}") && userId.isPresent() ? inquiries.download(userId.get(), Long.parseLong(id)) : Optional.empty();
        } catch (BusinessException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentResponses.send(response, file.get());
    }
}
