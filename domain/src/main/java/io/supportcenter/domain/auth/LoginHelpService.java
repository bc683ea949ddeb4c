package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Login Help (SPEC §3): a user of an active account gets a new system password (or a single-use
 * reset link) by email; the old password keeps working until the new secret is used. Requests are
 * throttled per address and client and per client, and audited, and known and unknown addresses cost the same
 * work (one password hash each).
 */
@ApplicationScoped
public class LoginHelpService {

    public static final String MAIL_PASSWORD = "login-help.password";
    public static final String MAIL_LINK = "login-help.link";
    private static final Duration WINDOW = Duration.ofHours(1);

    private UserRepository users;
    private LoginHelpRequestRepository requests;
    private PasswordHasher hasher;
    private Outbox outbox;
    private AuditLog audit;
    private Supplier<AuthPolicy> policy;
    private Clock clock;

    protected LoginHelpService() {
        // for CDI proxies
    }

    @Inject
    public LoginHelpService(UserRepository users, LoginHelpRequestRepository requests, PasswordHasher hasher,
                            Outbox outbox, AuditLog audit, Supplier<AuthPolicy> policy, Clock clock) {
        this.users = users;
        this.requests = requests;
        this.hasher = hasher;
        this.outbox = outbox;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    @Transactional
    public LoginHelpOutcome request(String email, Actor actor) {
        String address = EmailAddress.normalise(email);
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        // Per address *and* client: requests from elsewhere cannot use up the owner's quota.
        if (requests.countForEmailAndClientSince(address, actor.clientAddress(), since) >= policy.get().loginHelpPerAddressPerHour()
                || (actor.clientAddress() != null
                    && requests.countForClientSince(actor.clientAddress(), since) >= policy.get().loginHelpPerClientPerHour())) {
            audit.record(AuditAction.LOGIN_HELP_THROTTLED, actor, address, null);
            return LoginHelpOutcome.THROTTLED;
        }
        requests.add(new LoginHelpRequest(address, actor.clientAddress(), now));

        Optional<User> found = users.findByEmail(address)
                .filter(user -> user.isEnabled() && user.getAccount().getStatus().isActive());
        if (found.isEmpty()) {
            hasher.hash(OneTimeSecrets.newPassword().toCharArray());
            audit.record(AuditAction.LOGIN_HELP_REQUESTED, actor, address, "unknown or inactive address");
            return LoginHelpOutcome.UNKNOWN_ADDRESS;
        }
        User user = found.get();
        Instant expires = now.plus(policy.get().oneTimeSecretValidity());
        String minutes = Long.toString(policy.get().oneTimeSecretValidity().toMinutes());
        if (policy.get().loginHelpSendsLink()) {
            String token = OneTimeSecrets.newToken();
            hasher.hash(token.toCharArray()); // same cost as the other paths
            user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.LINK, OneTimeSecrets.tokenHash(token), expires));
            outbox.enqueue(new MailRequest(MAIL_LINK, user.getEmail(), user.getLanguage(),
                    Map.of("name", user.getName(), "token", token, "minutes", minutes), Set.of("token")));
        } else {
            String password = OneTimeSecrets.newPassword();
            user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.PASSWORD, hasher.hash(password.toCharArray()), expires));
            outbox.enqueue(new MailRequest(MAIL_PASSWORD, user.getEmail(), user.getLanguage(),
                    Map.of("name", user.getName(), "password", password, "minutes", minutes), Set.of("password")));
        }
        audit.record(AuditAction.LOGIN_HELP_REQUESTED, actor, "user:" + user.getId(),
                policy.get().loginHelpSendsLink() ? "reset link sent" : "system password sent");
        return LoginHelpOutcome.SENT;
    }
}
