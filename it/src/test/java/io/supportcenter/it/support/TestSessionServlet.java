package io.supportcenter.it.support;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test library's look into the caller's HTTP session, on the test deployments only: {@code GET /it/session}
 * answers {@code total <bytes>} and one {@code <attribute> <bytes>} line per attribute, each serialised as the
 * session store replicates it, or {@code none} when the caller has no session. It never creates one.
 */
@WebServlet("/it/session")
public class TestSessionServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        PrintWriter out = response.getWriter();
        HttpSession session = request.getSession(false);
        if (session == null) {
            out.println("none");
            return;
        }
        Map<String, Integer> sizes = new TreeMap<>();
        long total = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            int size = serialisedSize(session.getAttribute(name));
            sizes.put(name, size);
            total += Math.max(0, size);
        }
        out.println("total " + total);
        sizes.forEach((name, size) -> out.println(name + " " + size));
    }

    /** The attribute's serialised bytes, or -1 if it cannot be serialised (a defect a replicated session shows). */
    private static int serialisedSize(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            return -1;
        }
        return bytes.size();
    }
}
