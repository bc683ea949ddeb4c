/**
 * The knowledge base in the web tier: Markdown rendering and sanitising, the starting content, the
 * index refresh on every node, and the reader pages (Support Home, Browse Topics, topic, help).
 */
package io.supportcenter.web.kb;
