package io.supportcenter.web.staff.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.inquiry.AttachmentDownload;
import io.supportcenter.domain.inquiry.StaffInquiryService;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.inquiry.AttachmentDownloadServlet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/** {@code /staff/attachments/{id}}: a file of an inquiry, for staff who may read that inquiry (the team wall applies). */
@WebServlet("/staff/attachments/*")
public class StaffAttachmentServlet extends AttachmentDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffInquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    @Override
    protected Optional<AttachmentDownload> find(long attachmentId) {
        return currentUser.caller() instanceof Caller.Staff staff ? inquiries.download(staff, attachmentId) : Optional.empty();
    }
}
