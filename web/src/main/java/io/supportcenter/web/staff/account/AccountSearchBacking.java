package io.supportcenter.web.staff.account;

import io.supportcenter.domain.console.AccountFile;
import io.supportcenter.domain.console.AccountTools;
import io.supportcenter.web.auth.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** {@code /staff/accounts?q=…}: find an account by number, company name or a user's email. */
@Named
@RequestScoped
public class AccountSearchBacking {

    @Inject
    AccountTools tools;

    @Inject
    CurrentUser currentUser;

    private String q;
    private List<AccountFile.Found> found;

    public List<AccountFile.Found> getFound() {
        if (found == null) {
            found = tools.search(currentUser.staffCaller(), q);
        }
        return found;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
