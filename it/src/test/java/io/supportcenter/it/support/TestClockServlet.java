package io.supportcenter.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The test library's handle on {@link TestClock}, on the test deployments only: {@code POST /it/clock?at=<instant>}
 * pins the node's clock, {@code POST /it/clock} releases it, {@code GET /it/clock} tells the node's time.
 */
@WebServlet("/it/clock")
public class TestClockServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().write(TestClock.now().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String at = request.getParameter("at");
        try {
            if (at == null || at.isBlank()) {
                TestClock.release();
            } else {
                TestClock.pin(Instant.parse(at));
            }
        } catch (DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "at: an instant such as 2026-12-05T12:00:00Z");
            return;
        }
        doGet(request, response);
    }
}
