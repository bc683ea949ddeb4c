package io.supportcenter.web.staff.admin;

import io.supportcenter.domain.commission.ApiKey;
import io.supportcenter.domain.commission.ApiKeys;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.web.auth.CurrentUser;
import io.supportcenter.web.shell.Redirects;
import io.supportcenter.web.shell.Texts;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /staff/admin/api-keys} (admins): the integrations' keys to the commission endpoint. A new key
 * is shown once, on the page that made it; a revoked key stops working at once.
 */
@Named
@ViewScoped
public class ApiKeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiKeys keys;

    @Inject
    CurrentUser currentUser;


    private List<ApiKey> all = List.of();
    private String name;
    // The new key's secret stays on the node that showed it: it is not copied into the replicated session.
    private transient ApiKeys.NewKey made;

    public void load() {
        all = keys.all(caller());
    }

    public void create() {
        try {
            made = keys.create(caller(), name);
        } catch (BusinessException e) {
            Texts.error("key:name", e.messageKey());
            return;
        }
        name = null;
        all = keys.all(caller());
    }

    public void revoke(long id) throws IOException {
        keys.revoke(caller(), id);
        Redirects.withInfo("api-keys.revoked", "/staff/admin/api-keys");
    }

    private Caller.Staff caller() {
        return currentUser.staffCaller();
    }

    public List<ApiKey> getAll() {
        return all;
    }

    /** The key just made, shown once; null otherwise. */
    public ApiKeys.NewKey getMade() {
        return made;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
