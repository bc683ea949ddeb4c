package io.supportcenter.web.shell;

import io.supportcenter.web.api.ApiError;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Where the container sends every error status (web.xml's error pages): the API's callers get JSON, people the
 * portal's own page in the portal's layout, never the server's page with its name and version.
 */
@WebServlet(ErrorResponses.PATH)
public class ErrorResponses extends HttpServlet {

    static final String PATH = "/error-response";
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Map<Integer, String> OWN_PAGES = Map.of(
            403, "/WEB-INF/errors/403.xhtml",
            404, "/WEB-INF/errors/404.xhtml",
            500, "/WEB-INF/errors/500.xhtml");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text.substring(Math.min(text.length(), request.getContextPath().length())) : "";
        response.setStatus(status);
        if (path.startsWith("/api/")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(JSONB.toJson(new ApiError(reason(status), status, null)));
            return;
        }
        if (code == null) {
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        }
        String page = request.getAttribute(ErrorPageRequests.REFUSED_FORM) != null ? "/WEB-INF/errors/expired.xhtml"
                : OWN_PAGES.getOrDefault(status, "/WEB-INF/errors/request.xhtml");
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** A word for the status that the API's callers can test for, as the API's own answers carry. */
    static String reason(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            default -> status >= 500 ? "server-error" : "refused";
        };
    }
}
