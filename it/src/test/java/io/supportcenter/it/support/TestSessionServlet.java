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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test library's look into the caller's HTTP session, on the test deployments only: {@code GET /it/session}
 * answers {@code total <bytes>} (the attributes in one stream, as the session store writes them), the
 * attributes' sizes added up when each is serialised alone, and one {@code <attribute> <bytes>} line per attribute, or {@code none} when the caller has no session ({@code ?detail} adds what each
 * attribute is made of). A GET never creates one; a POST does (a session planted before a login, for the tests of its end).
 */
@WebServlet("/it/session")
public class TestSessionServlet extends HttpServlet {

    /**
     * {@code POST /it/session} starts a session for the caller, as if an attacker had planted one before the login:
     * no page of the portal makes one before login any more.
     */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.getWriter().println(request.getSession(true).getId().length() > 0 ? "started" : "none");
    }

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
        Map<String, Object> all = new java.util.HashMap<>();
        long separately = 0;
        for (String name : Collections.list(session.getAttributeNames())) {
            Object value = session.getAttribute(name);
            int size = serialisedSize(value);
            sizes.put(name, size);
            all.put(name, value);
            separately += Math.max(0, size);
        }
        // The store writes a session's attributes in one stream, where each class is described once; the
        // attributes serialised one by one describe shared classes again each time, so they add up to more.
        out.println("total " + serialisedSize(all));
        out.println("attributes-one-by-one " + separately);
        sizes.forEach((name, size) -> out.println(name + " " + size));
        if (request.getParameter("detail") != null) {
            for (String name : Collections.list(session.getAttributeNames())) {
                out.println();
                detail(out, name, session.getAttribute(name), 0, Collections.newSetFromMap(new IdentityHashMap<>()));
            }
        }
    }

    /**
     * With {@code ?detail}: what each attribute holds, three levels down (map entries, collection elements, fields),
     * each part with its own serialised size, to find what a session's bytes are made of.
     */
    private static void detail(PrintWriter out, String label, Object value, int depth, Set<Object> seen) {
        out.println("  ".repeat(depth) + label + " : " + (value == null ? "null" : value.getClass().getName()) + " "
                + serialisedSize(value));
        if (value == null || depth >= 4 || !seen.add(value) || value instanceof CharSequence || value instanceof Number
                || value.getClass().isArray() || value.getClass().isEnum()) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> detail(out, "[" + key + "]", entry, depth + 1, seen));
        } else if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                detail(out, "[" + i++ + "]", element, depth + 1, seen);
            }
        } else {
            for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        field.setAccessible(true);
                        detail(out, field.getName(), field.get(value), depth + 1, seen);
                    } catch (RuntimeException | IllegalAccessException e) {
                        out.println("  ".repeat(depth + 1) + field.getName() + " : (not readable)");
                    }
                }
            }
        }
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
