package io.supportcenter.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsBecomeSpacesAndWhitespaceCollapses() {
        assertEquals("Payment threshold. Reach 50 EUR to be paid.",
                PlainText.of("<h2>Payment threshold</h2>\n<p>Reach <strong>50&nbsp;EUR</strong>\tto be paid.</p>"));
        assertEquals("a b", PlainText.of("  <p> a </p><br/><p>\r\n b</p>  "));
        assertEquals("", PlainText.of("<p></p>"));
    }

    @Test
    void theSanitisersEntitiesBecomeCharacters() {
        assertEquals("<b> & \"x\" 'y' a+b=c me@example.com",
                PlainText.of("&lt;b&gt; &amp; &quot;x&#34; &#39;y&#39; a&#43;b&#61;c me&#64;example.com"));
    }

    @Test
    void anEscapedEntityIsDecodedOnceAndUnknownOnesStay() {
        assertEquals("&lt; stays escaped once", PlainText.of("&amp;lt; stays escaped once"));
        assertEquals("AT&T &copy; & ;", PlainText.of("AT&T &copy; & ;"));
    }

    @Test
    void anAngleBracketWithoutItsCloseIsText() {
        assertEquals("1 < 2 and 3", PlainText.of("1 &lt; 2 and <em>3</em>"));
        assertEquals("ends with <b", PlainText.of("ends with <b"));
    }

    @Test
    void inlineFormattingLeavesNoSpaceBeforePunctuation() {
        // As the renderer writes login-not-recognised and change-your-password, whose snippets read
        // "An expired system password : a password…" and "Current password . …".
        assertEquals("An expired system password: a password sent by Login Help lasts 60 minutes.",
                PlainText.of("<ul>\n<li><strong>An expired system password</strong>: a password sent by Login Help lasts 60 minutes.</li>\n</ul>"));
        assertEquals("Steps. Open the account menu and choose Change Password. Enter your Current password.",
                PlainText.of("<h2>Steps</h2>\n<ol>\n<li>Open the account menu and choose <strong>Change Password</strong>.</li>\n"
                        + "<li>Enter your <strong>Current password</strong>.</li>\n</ol>"));
        assertEquals("See Login Help, or run login --reset.",
                PlainText.of("<p>See <a href=\"/login-help\" rel=\"nofollow\">Login Help</a>, or run <code>login --reset</code>.</p>"));
    }

    @Test
    void blockTagsStillSeparateWordsAndHeadingsAndListItemsEndTheirSentences() {
        assertEquals("Name Value one two", PlainText.of("<table><tr><th>Name</th><td>Value</td></tr></table><p>one<br />two</p>"));
        assertEquals("Password rules. At least 12 characters. Not your email address. Why? Because:",
                PlainText.of("<h2>Password rules</h2>\n<ul>\n<li>At least 12 characters.</li>\n<li>Not your <em>email address</em></li>\n</ul>"
                        + "<h3>Why?</h3><p>Because:</p>"));
    }
}
