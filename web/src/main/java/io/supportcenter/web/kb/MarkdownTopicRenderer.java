package io.supportcenter.web.kb;

import io.supportcenter.domain.kb.TopicRenderer;
import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown to safe HTML in two independent steps: CommonMark escapes any raw HTML the editor typed
 * and drops unsafe link schemes, then the OWASP sanitizer keeps only an allow-list of formatting,
 * blocks, lists, tables and http(s)/mailto/relative links. Either step alone would stop a script;
 * both together also stop what a future CommonMark extension might let through.
 */
@ApplicationScoped
public class MarkdownTopicRenderer implements TopicRenderer {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES).and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "h2", "h3", "h4").toFactory());

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    @Override
    public String toSafeHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }
}
