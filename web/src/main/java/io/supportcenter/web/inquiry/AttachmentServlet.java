package io.supportcenter.web.inquiry;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.inquiry.AttachmentDownload;
import io.supportcenter.domain.inquiry.InquiryService;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.Optional;

/** {@code /support/attachments/{id}}: an attachment, for the users of the account whose inquiry holds it. */
@WebServlet("/support/attachments/*")
public class AttachmentServlet extends AttachmentDownloadServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    InquiryService inquiries;

    @Inject
    CurrentUser currentUser;

    @Override
    protected Optional<AttachmentDownload> find(long attachmentId) {
        return currentUser.caller() instanceof Caller.Member member ? inquiries.download(member, attachmentId) : Optional.empty();
    }
}
