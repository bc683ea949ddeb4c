package io.supportcenter.web.shell;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A section's bare address opens its first page: {@code /support} → Support Home, {@code /staff} → queues. */
@WebServlet({"/support", "/support/", "/staff", "/staff/"})
public class SectionRedirectServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String section = request.getServletPath().startsWith("/staff") ? "/staff/queues" : "/support/home";
        response.sendRedirect(request.getContextPath() + section);
    }
}
