package io.supportcenter.web.inquiry;

import io.supportcenter.web.shell.NumberAddressServlet;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;

/**
 * Serves the bookmarkable inquiry addresses {@code /support/history/{number}} with the inquiry view.
 * Replies with attachments are posted here too, hence the multipart configuration.
 */
@WebServlet("/support/history/*")
@MultipartConfig(maxFileSize = 64L * 1024 * 1024, maxRequestSize = 128L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class InquiryAddressServlet extends NumberAddressServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected String view() {
        return "/support/inquiry.xhtml";
    }
}
