package io.supportcenter.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private static final ResourceBundle MAIL = ResourceBundle.getBundle("io.supportcenter.web.i18n.Mail", Locale.ENGLISH);

    @Test
    void theUsualWaitReadsAsARangeOrAsOneDay() {
        assertEquals("We usually answer within 2–4 working days; at the latest by Tue.", promise("2", "4"));
        assertEquals("We usually answer within 3 working days; at the latest by Tue.", promise("3", "3"));
        assertEquals("We usually answer within 1 working day; at the latest by Tue.", promise("1", "1"));
    }

    @Test
    void aTeamThatAnswersWithinTheDayIsQuotedInBusinessHours() {
        assertEquals("We usually answer within 2–5 business hours; at the latest by Tue.", promise("2", "5", "BUSINESS_HOURS"));
        assertEquals("We usually answer within 1 business hour; at the latest by Tue.", promise("1", "1", "BUSINESS_HOURS"));
        assertEquals("We usually answer within 1–3 working days; at the latest by Tue.", promise("1", "3", "WORKING_DAYS"));
    }

    @Test
    void aMailWithoutTheNumbersGetsNoUsualWait() {
        Map<String, String> values = new HashMap<>(Map.of("name", "Pat"));
        MailComposer.usualDays(values, MAIL);
        assertFalse(values.containsKey("usualDays"));
    }

    /** A mail queued before the unit was written: working days. */
    private static String promise(String from, String to) {
        return promise(new HashMap<>(Map.of("usualFrom", from, "usualTo", to, "due", "Tue")));
    }

    private static String promise(String from, String to, String unit) {
        return promise(new HashMap<>(Map.of("usualFrom", from, "usualTo", to, "usualUnit", unit, "due", "Tue")));
    }

    private static String promise(Map<String, String> values) {
        MailComposer.usualDays(values, MAIL);
        return MailComposer.fill("We usually answer within {usualDays}; at the latest by {due}.", values, false);
    }
}
