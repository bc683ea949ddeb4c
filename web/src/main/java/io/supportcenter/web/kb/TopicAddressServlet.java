package io.supportcenter.web.kb;

import jakarta.servlet.annotation.WebServlet;

/**
 * Serves the bookmarkable topic addresses {@code /support/topics/{id-or-slug}} with the topic view,
 * passing the last path segment on as its {@code ref} parameter.
 */
@WebServlet("/support/topics/*")
public class TopicAddressServlet extends TopicAddress {

    private static final long serialVersionUID = 1L;

    @Override
    protected String view() {
        return "/support/topic.xhtml";
    }

    @Override
    protected String parameter() {
        return "ref";
    }
}
