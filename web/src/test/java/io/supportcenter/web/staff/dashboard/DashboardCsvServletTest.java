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

    @Test
    void aSeparatorOrBlanksBeforeAFormulaAreCaughtToo() {
        assertEquals("';=1+1", DashboardCsvServlet.text(";=1+1"));
        assertEquals("'  =cmd|' /C calc'!A0", DashboardCsvServlet.text("  =cmd|' /C calc'!A0"));
        assertEquals("'\n=SUM(A1)", DashboardCsvServlet.text("\n=SUM(A1)"));
        assertEquals("'\u00a0@sum", DashboardCsvServlet.text("\u00a0@sum"));
        assertEquals("' -2", DashboardCsvServlet.text(" -2"));
        assertEquals("payout = threshold", DashboardCsvServlet.text("payout = threshold"), "a formula character later on is text");
    }
}
