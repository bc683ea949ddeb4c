package io.supportcenter.domain.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void tagsBecomeSpacesAndWhitespaceCollapses() {
        assertEquals("Payment threshold Reach 50 EUR to be paid.",
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
}
