package io.supportcenter.domain.auth;

import io.supportcenter.domain.account.OneTimeSecret;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Login Help (SPEC §3): a user of an active account gets a new system password (or a single-use
 * reset link) by email; the old password keeps working until the new secret is used. Requests are
 * throttled per address and client and per client, and audited, and known and unknown addresses cost the same
 * work (one password hash each).
 */
@ApplicationScoped
public class LoginHelpService {

    private static final Duration WINDOW = Duration.ofHours(1);

    private UserRepository users;
    private LoginHelpRequestRepository requests;
    private PasswordHasher hasher;
    private Event<DomainEvent> events;
    private Supplier<AuthPolicy> policy;
    private Clock clock;

    protected LoginHelpService() {
        // for CDI proxies
    }

    @Inject
    public LoginHelpService(UserRepository users, LoginHelpRequestRepository requests, PasswordHasher hasher,
                            Event<DomainEvent> events, Supplier<AuthPolicy> policy, Clock clock) {
        this.users = users;
        this.requests = requests;
        this.hasher = hasher;
        this.events = events;
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
            events.fire(new CredentialEvent.LoginHelpThrottled(actor, address));
            return LoginHelpOutcome.THROTTLED;
        }
        requests.add(new LoginHelpRequest(address, actor.clientAddress(), now));

        Optional<User> found = users.findByEmail(address)
                .filter(user -> user.isEnabled() && user.getAccount().getStatus().isActive());
        if (found.isEmpty()) {
            hasher.hash(OneTimeSecrets.newPassword().toCharArray());
            events.fire(new CredentialEvent.LoginHelpForNobody(actor, address));
            return LoginHelpOutcome.UNKNOWN_ADDRESS;
        }
        User user = found.get();
        Duration valid = policy.get().oneTimeSecretValidity();
        boolean link = policy.get().loginHelpSendsLink();
        String secret = link ? OneTimeSecrets.newToken() : OneTimeSecrets.newPassword();
        if (link) {
            hasher.hash(secret.toCharArray()); // same cost as the other paths
            user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.LINK, OneTimeSecrets.tokenHash(secret), now.plus(valid)));
        } else {
            user.issueOneTimeSecret(new OneTimeSecret(OneTimeSecret.Kind.PASSWORD, hasher.hash(secret.toCharArray()), now.plus(valid)));
        }
        events.fire(new CredentialEvent.LoginHelpSent(actor, user, link, secret, valid));
        return LoginHelpOutcome.SENT;
    }
}
