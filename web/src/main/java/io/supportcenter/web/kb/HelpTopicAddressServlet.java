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
 * Serves the public topic addresses {@code /help/{slug}} with the public topic view, as {@link TopicAddressServlet}
 * does for members. {@code /help} itself stays the help page: FacesViews forwards it before this servlet is asked.
 * The vote comes back here as a plain post, so that the address names the topic again.
 */
@WebServlet("/help/*")
public class HelpTopicAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path == null || "/".equals(path)) {
            response.sendRedirect(request.getContextPath() + "/help");
            return;
        }
        String slug = path.substring(1);
        if (slug.contains("/") || slug.length() > 80) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = "slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8)
                + (request.getQueryString() == null ? "" : "&" + request.getQueryString());
        request.getRequestDispatcher("/help-topic.xhtml?" + query).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
