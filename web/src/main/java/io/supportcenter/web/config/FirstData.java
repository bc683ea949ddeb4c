package io.supportcenter.web.config;

import io.supportcenter.domain.demo.DemoDataService;
import io.supportcenter.domain.auth.StaffInvitations;
import io.supportcenter.web.mail.MailSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a new installation starts with: the demo data where it is wanted (on the embedded database by default; on
 * PostgreSQL only with a second, explicit key, since it brings accounts whose password is published), and the first
 * admin from {@code support.admin.first-email}, invited with a link that is mailed, or written once to the log for an
 * operator without a mail server.
 */
@ApplicationScoped
public class FirstData {

    private static final Logger LOG = Logger.getLogger(FirstData.class.getName());

    @Inject
    DemoDataService demoData;

    @Inject
    StaffInvitations invitations;

    @Inject
    MailSettings mail;

    @Inject
    @ConfigProperty(name = "support.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "support.demo-data")
    Optional<Boolean> demoDataWanted;

    @Inject
    @ConfigProperty(name = "support.demo-data.on-postgresql", defaultValue = "false")
    boolean demoDataOnPostgresql;

    @Inject
    @ConfigProperty(name = "support.admin.first-email")
    Optional<String> firstAdminEmail;

    /** Loads what is wanted and not there yet; says what it did, for the start-up line. */
    public String ensure() {
        return demo() + firstAdmin();
    }

    private String demo() {
        boolean embedded = databaseUrl.startsWith("jdbc:h2:");
        if (!demoDataWanted.orElse(embedded)) {
            return "demo data off";
        }
        if (!embedded && !demoDataOnPostgresql) {
            LOG.severe("DEMO DATA NOT LOADED: support.demo-data=true asks for demo accounts and staff with a published password"
                    + " (admin@support.example among them) on a database that is not the embedded one. If this is a staging"
                    + " database, set support.demo-data.on-postgresql=true as well; never in production. To create the first admin"
                    + " of a real installation, set support.admin.first-email instead (docs/operations.md).");
            return "demo data refused";
        }
        boolean loaded = demoData.loadOnce();
        if (loaded && !embedded) {
            LOG.warning("DEMO DATA LOADED into PostgreSQL (support.demo-data.on-postgresql=true): demo accounts and staff whose password is published, admin included."
                    + " Never do this in production.");
        }
        return loaded ? "demo data loaded now" : "demo data already present";
    }

    private String firstAdmin() {
        Optional<String> email = firstAdminEmail.filter(value -> !value.isBlank());
        if (email.isEmpty()) {
            return "";
        }
        boolean byMail = mail.isSmtpConfigured();
        Optional<String> token = invitations.inviteFirstAdmin(email.get().strip(), byMail);
        if (token.isEmpty()) {
            return "";
        }
        if (byMail) {
            LOG.warning("FIRST ADMIN: an invitation to choose the password of " + email.get().strip() + " is on its way by email; its link"
                    + " works once, within " + StaffInvitations.FIRST_ADMIN_VALID_FOR.toHours() + " hours.");
        } else {
            // Said once: the link is a secret, so it is not repeated; a restart after it expired writes a new one.
            LOG.warning("FIRST ADMIN: no mail server is configured, so here is the one link to choose the password of " + email.get().strip()
                    + " (it works once, within " + StaffInvitations.FIRST_ADMIN_VALID_FOR.toHours() + " hours): " + mail.baseUrl()
                    + "/staff/welcome?token=" + token.get());
        }
        return ", first admin " + email.get().strip() + " invited";
    }
}
