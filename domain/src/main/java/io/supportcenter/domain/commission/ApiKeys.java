package io.supportcenter.domain.commission;

import io.supportcenter.domain.auth.OneTimeSecrets;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * API keys for the commission endpoint, made and revoked by admins. A key is 256 random bits; it is
 * shown once and kept only as a SHA-256 hash, which is safe for a secret that random.
 */
@ApplicationScoped
public class ApiKeys {

    static final String PREFIX = "sc_";

    private ApiKeyRepository keys;
    private StaffUserRepository staff;
    private Event<DomainEvent> events;
    private Clock clock;

    protected ApiKeys() {
        // for CDI proxies
    }

    @Inject
    public ApiKeys(ApiKeyRepository keys, StaffUserRepository staff, Event<DomainEvent> events, Clock clock) {
        this.keys = keys;
        this.staff = staff;
        this.events = events;
        this.clock = clock;
    }

    /** Makes a key for the integration called {@code name}; the returned secret is never shown again. */
    @Transactional
    public NewKey create(Caller.Staff caller, String name) {
        staff.requireAdmin(caller);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty()) {
            throw new BusinessException("api-key.name.required");
        }
        if (label.length() > ApiKey.MAX_NAME) {
            throw new BusinessException("api-key.name.too-long");
        }
        String secret = PREFIX + OneTimeSecrets.newToken();
        ApiKey key = new ApiKey(label, OneTimeSecrets.tokenHash(secret), secret.substring(0, 9), caller.auditName(), clock.instant());
        keys.add(key);
        events.fire(new ApiKeyEvent.Created(caller, key));
        return new NewKey(key.getId(), label, secret);
    }

    @Transactional
    public void revoke(Caller.Staff caller, long keyId) {
        staff.requireAdmin(caller);
        ApiKey key = keys.findById(keyId).orElseThrow(() -> new BusinessException("api-key.not-found"));
        key.revoke(clock.instant());
        events.fire(new ApiKeyEvent.Revoked(caller, key));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKey> all(Caller.Staff caller) {
        staff.requireAdmin(caller);
        return keys.findAll();
    }

    /** The key that {@code presented} is, unless unknown or revoked; its last use is recorded. */
    @Transactional
    public Optional<ApiKey> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Optional<ApiKey> key = keys.findByHash(OneTimeSecrets.tokenHash(presented)).filter(found -> !found.isRevoked());
        key.ifPresent(found -> found.used(clock.instant()));
        return key;
    }

    /** A key just made: the only time its secret is available. */
    public record NewKey(long id, String name, String secret) {
    }
}
