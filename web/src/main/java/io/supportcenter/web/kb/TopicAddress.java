package io.supportcenter.web.kb;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A topic's bookmarkable address ({@code <prefix>/{ref}}) served by a Faces view: the last path segment goes on as
 * the view's parameter, with the address's own query; anything longer or deeper answers 404. Posts come back to the
 * same address (a vote, a form), so that it keeps naming the topic. A servlet rather than FacesViews MultiViews, because
 * the prefix itself is another page (Browse Topics, Help): web.xml says why FacesViews cannot.
 */
abstract class TopicAddress extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_REF = 80;

    /** The view, for example {@code /support/topic.xhtml}. */
    protected abstract String view();

    /** The view's parameter that takes the segment. */
    protected abstract String parameter();

    /** The address without a segment ({@code <prefix>} or {@code <prefix>/}); 404 unless a subclass knows better. */
    protected void withoutRef(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String ref = path == null ? "" : path.substring(1);
        if (ref.isEmpty()) {
            withoutRef(request, response);
            return;
        }
        if (ref.contains("/") || ref.length() > MAX_REF) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String query = parameter() + "=" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
                + (request.getQueryString() == null ? "" : "&" + request.getQueryString());
        request.getRequestDispatcher(view() + "?" + query).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
