package io.supportcenter.domain.kb;

/**
 * Port that turns an editor's Markdown into HTML that is safe to show: no script, no event
 * handlers, no {@code javascript:} links. Implemented in the web tier (CommonMark + OWASP sanitizer).
 */
public interface TopicRenderer {

    String toSafeHtml(String markdown);
}
