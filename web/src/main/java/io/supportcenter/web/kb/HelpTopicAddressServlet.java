package io.supportcenter.web.kb;

import io.supportcenter.web.shell.RelativeRedirects;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves the public topic addresses {@code /help/{slug}} with the public topic view, as {@link TopicAddressServlet}
 * does for members. {@code /help} itself stays the help page: FacesViews forwards it before this servlet is asked.
 * The vote comes back here as a plain post, so that the address names the topic again.
 */
@WebServlet("/help/*")
public class HelpTopicAddressServlet extends TopicAddress {

    private static final long serialVersionUID = 1L;

    @Override
    protected String view() {
        return "/help-topic.xhtml";
    }

    @Override
    protected String parameter() {
        return "slug";
    }

    /** {@code /help/} is the help page's address with a slash too many. */
    @Override
    protected void withoutRef(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RelativeRedirects.send(response, request.getContextPath() + "/help");
    }
}
