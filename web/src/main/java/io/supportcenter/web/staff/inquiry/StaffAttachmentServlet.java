package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.inquiry.AttachmentDownload;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.staff.StaffProfile;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.inquiry.AttachmentResponses;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Hands out a file of an inquiry ({@code /staff/attachments/{id}}) to staff who may read that
 * inquiry (the team wall applies); any other id answers 404, as if it did not exist.
 */
@WebServlet("/staff/attachments/*")
public class StaffAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        Optional<Long> staffId = currentUser.staffUser().map(StaffProfile::staffId);
        Optional<AttachmentDownload> file;
        try {
            file = id.matches("\\d{1,18}") && staffId.isPresent() ? inquiries.download(staffId.get(), Long.parseLong(id)) : Optional.empty();
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
