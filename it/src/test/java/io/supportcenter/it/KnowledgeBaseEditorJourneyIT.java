package io.supportcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.supportcenter.it.browser.EditorPages;
import io.supportcenter.it.browser.Browser;
import io.supportcenter.it.browser.KnowledgeBasePages;
import io.supportcenter.it.browser.LoginPage;
import io.supportcenter.it.browser.PortalJourney;
import io.supportcenter.it.support.Demo;
import io.supportcenter.it.support.UniqueWords;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * An editor writes a topic in the staff console, watches the live preview, publishes it, looks at
 * the category tree and the content gaps; a member then finds the topic. axe-core runs on every page.
 */
class KnowledgeBaseEditorJourneyIT extends PortalJourney {

    @Test
    void anEditorWritesAndPublishesATopicThatAMemberThenFinds() {
        URI root = root();
        String word = "quillet" + UniqueWords.letters(5);
        EditorPages editor = new EditorPages(browser.driver(), root);

        editor.signIn(Demo.EDITOR, Demo.PASSWORD);
        editor.openTopics();
        browser.inspect("editor-01-topics");

        editor.startNewTopic();
        editor.typeTitle("Exporting the " + word + " report");
        String preview = editor.typeBodyAndAwaitPreview("## Before you start\n\nOpen **Reporting** and choose the " + word
                + " view.\n\n<script>alert('no')</script>\n", "Before you start");
        assertTrue(preview.contains("<h2>Before you start</h2>") && preview.contains("<strong>Reporting</strong>"), preview);
        assertFalse(preview.contains("<script"), "the preview is sanitised: " + preview);
        editor.choose("topic:category", "Reporting");
        editor.choose("topic:visibility", "Everyone (public)");
        browser.inspect("editor-02-writing");
        browser.atPhoneWidth(() -> browser.inspect("editor-02b-writing-phone"));

        editor.saveAndPublish();
        assertEquals("The topic is published: readers can find it now.", editor.message());
        browser.inspect("editor-03-published");

        editor.open("/staff/kb/categories");
        assertTrue(editor.text("tree").contains("Commission Reports"));
        browser.inspect("editor-04-categories");
        editor.open("/staff/kb/gaps");
        browser.inspect("editor-05-gaps");
        Browser.logOut(browser.driver(), root);

        LoginPage.open(browser.driver(), root).logIn(Demo.SAM, Demo.PASSWORD);
        KnowledgeBasePages kb = new KnowledgeBasePages(browser.driver());
        String results = kb.search(word);
        assertTrue(results.contains("Exporting the " + word + " report"), results);
        browser.inspect("editor-06-member-finds-it");

        browser.assertNoBlockingViolations();
    }
}
