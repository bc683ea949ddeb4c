package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.KnowledgeBasePages;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.browser.SupportCenterPage;
import io.supportcenter.it.support.Demo;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * A visitor searches the public help, logs in, and finds an answer in Support Center: search,
 * topic, "Was this helpful?". axe-core runs on every page shown.
 */
class KnowledgeBaseJourneyIT extends PortalJourney {

    @Test
    void aVisitorSearchesHelpThenLogsInAndFindsAndRatesAnAnswer() {
        URI root = root();
        KnowledgeBasePages kb = new KnowledgeBasePages(browser.driver());

        kb.openHelp(root);
        browser.inspect("kb-01-help");
        String publicResults = kb.search("forgotten password");
        assertTrue(publicResults.toLowerCase().contains("password"), publicResults);
        browser.inspect("kb-02-help-results");

        SupportCenterPage home = LoginPage.open(browser.driver(), root).logIn(Demo.PAT, Demo.PASSWORD);
        assertEquals("/support/home", home.path());
        browser.inspect("kb-03-support-home");

        String results = kb.search("commission reports");
        assertTrue(results.toLowerCase().contains("report"), results);
        assertEquals("/support/topics", kb.path());
        browser.inspect("kb-04-search-results");

        String title = kb.openFirstResult();
        assertTrue(kb.path().startsWith("/support/topics/"), kb.path());
        assertTrue(!title.isBlank());
        browser.inspect("kb-05-topic");

        assertEquals("Thank you for your feedback.", kb.voteHelpful());
        browser.inspect("kb-06-voted");

        browser.assertNoBlockingViolations();
    }
}
