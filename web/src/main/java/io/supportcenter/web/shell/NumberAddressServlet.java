package io.supportcenter.web.shell;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves a bookmarkable address ending in a number ({@code .../{number}}) with a Faces view, passing
 * the number on as its {@code number} parameter; anything else after the prefix answers 404. A servlet rather than
 * FacesViews MultiViews, because the prefix itself is another page (the list): web.xml says why FacesViews cannot.
 */
public abstract class NumberAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The view, for example {@code /support/inquiry.xhtml}. */
    protected abstract String view();

    /** What a number may look like here (digits by default); only such text reaches the view. */
    protected String numberPattern() {
        return "\\d{1,18}";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo();
        String number = path == null ? "" : path.substring(1);
        if (!number.matches(numberPattern())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(view() + "?number=" + number).forward(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
