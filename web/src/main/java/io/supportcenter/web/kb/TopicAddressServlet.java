package io.supportcenter.web.kb;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Serves the bookmarkable topic addresses {@code /support/topics/{id-or-slug}} with the topic view,
 * passing the last path segment on as its {@code ref} parameter.
 */
@WebServlet("/support/topics/*")
public class TopicAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String ref = path == null ? "" : path.substring(1);
        if (ref.isEmpty() || ref.contains("/") || ref.length() > 80) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = "ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
                + (request.getQueryString() == null ? "" : "&" + request.getQueryString());
        request.getRequestDispatcher("/support/topic.xhtml?" + query).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
