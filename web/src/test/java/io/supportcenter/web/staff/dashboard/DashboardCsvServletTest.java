package io.supportcenter.web.staff.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DashboardCsvServletTest {

    @Test
    void textAMemberTypedIsNeverTakenForAFormula() {
        assertEquals("'=HYPERLINK(\"http://evil\")", DashboardCsvServlet.text("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", DashboardCsvServlet.text("+1"));
        assertEquals("'-cmd", DashboardCsvServlet.text("-cmd"));
        assertEquals("'@sum", DashboardCsvServlet.text("@sum"));
        assertEquals("commission report", DashboardCsvServlet.text("commission report"));
        assertEquals("", DashboardCsvServlet.text(""));
    }
}
