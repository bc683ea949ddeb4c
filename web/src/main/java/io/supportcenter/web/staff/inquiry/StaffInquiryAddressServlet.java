package io.supportcenter.web.staff.inquiry;

import io.supportcenter.web.shell.NumberAddressServlet;
import jakarta.servlet.annotation.WebServlet;

/** Serves {@code /staff/inquiries/{number}} with the staff inquiry view. */
@WebServlet("/staff/inquiries/*")
public class StaffInquiryAddressServlet extends NumberAddressServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected String view() {
        return "/staff/inquiry.xhtml";
    }
}
