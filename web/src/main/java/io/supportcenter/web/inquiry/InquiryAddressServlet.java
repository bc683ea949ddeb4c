package io.supportcenter.web.inquiry;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the bookmarkable inquiry addresses {@code /support/history/{number}} with the inquiry view.
 * Replies with attachments are posted here too, hence the multipart configuration.
 */
@WebServlet("/support/history/*")
@MultipartConfig(maxFileSize = 64L * 1024 * 1024, maxRequestSize = 128L * 1024 * 1024, fileSizeThreshold = 1024 * 1024)
public class InquiryAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String number = path == null ? "" : path.substring(1);
        if (!number.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/support/inquiry.xhtml?number=" + number).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
