package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.KnowledgeBasePages;
import io.supportcenter.it.browser.PortalJourney;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A visitor, never logged in, finds an answer in the public help: searches, opens a result's public page, says it
 * helped, searches again from the header with the keyboard, and meets a members-only topic's address. axe-core and the sideways-scroll check run on every
 * page, at desktop and phone width; the screenshots of the help results and the topic are those in docs/screenshots.
 */
class PublicHelpJourneyIT extends PortalJourney {

    @Test
    void aVisitorSearchesOpensAPublicTopicAndSaysItHelped() {
        URI root = root();
        KnowledgeBasePages kb = new KnowledgeBasePages(browser.driver());

        kb.openHelp(root);
        String results = kb.search("password");
        assertTrue(results.toLowerCase().contains("password"), results);
        assertFalse(results.contains(" : ") || results.contains(" . "), "snippets read as text: " + results);
        browser.inspect("help");
        browser.atPhoneWidth(() -> browser.inspect("help-phone"));

        String title = kb.openFirstResult();
        assertTrue(kb.path().startsWith("/help/"), kb.path());
        assertFalse(title.isBlank());
        assertEquals(title + " · Support Center", browser.driver().getTitle());
        browser.inspect("public-topic");
        browser.atPhoneWidth(() -> browser.inspect("public-topic-phone"));

        assertTrue(kb.votePublicHelpful().contains("Thank you for your feedback."));
        assertTrue(kb.path().startsWith("/help/"), kb.path());
        browser.inspect("public-topic-voted");

        String again = kb.searchFromHeader("payment");
        assertEquals("/help", kb.path());
        assertFalse(again.isBlank());
        browser.inspect("help-from-header");

        browser.driver().get(root.resolve("/help/change-your-password").toString());
        assertEquals("This topic is for members", kb.pageTitle());
        browser.inspect("members-only-topic");
        browser.atPhoneWidth(() -> browser.inspect("members-only-topic-phone"));

        assertNull(browser.driver().manage().getCookieNamed("JSESSIONID"), "a visitor never got a session");
        browser.assertNoBlockingViolations();
    }
}
