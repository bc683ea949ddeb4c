package io.supportcenter.web.staff.account;

import io.supportcenter.web.shell.NumberAddressServlet;
import jakarta.servlet.annotation.WebServlet;

/** {@code /staff/accounts/{number}}: an account in the staff console. */
@WebServlet("/staff/accounts/*")
public class StaffAccountAddressServlet extends NumberAddressServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected String view() {
        return "/staff/account.xhtml";
    }

    /** Account numbers are up to 20 letters and digits (the column's width); the network's own are all digits. */
    @Override
    protected String numberPattern() {
        return "[A-Za-z0-9]{1,20}";
    }
}
