package io.supportcenter.domain.auth;

import io.supportcenter.domain.auth.PasswordHasher.Verification;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Checks a staff user's email and password, with the same timing, lock and re-hash rules as members,
 * then the second factor: a code from the authenticator app (or a single-use recovery code). A wrong
 * code counts toward the same lock as a wrong password.
 */
@ApplicationScoped
public class StaffAuthenticationService {

    static final String REALM = "staff";

    private StaffUserRepository staff;
    private PasswordHasher hasher;
    private LoginGuard guard;
    private Event<DomainEvent> events;
    private OneTimeCodes codes;
    private Clock clock;

    protected StaffAuthenticationService() {
        // for CDI proxies
    }

    @Inject
    public StaffAuthenticationService(StaffUserRepository staff, PasswordHasher hasher, LoginGuard guard, Event<DomainEvent> events,
                                      OneTimeCodes codes, Clock clock) {
        this.staff = staff;
        this.hasher = hasher;
        this.guard = guard;
        this.events = events;
        this.codes = codes;
        this.clock = clock;
    }

    /** @param check a person check solved with this form, asked for once the address failed too often from anywhere */
    @Transactional
    public StaffLogin authenticate(String email, char[] password, Optional<PassedCheck> check, Caller actor) {
        String key = LoginGuard.key(REALM, email);
        LoginGuard.Gate gate = guard.gate(key, actor, check);
        if (gate == LoginGuard.Gate.PERSON_CHECK_NEEDED) {
            return StaffLogin.failed(LoginOutcome.PERSON_CHECK_NEEDED);
        }
        if (gate == LoginGuard.Gate.LOCKED) {
            hasher.verifyDecoy(password);
            return StaffLogin.failed(LoginOutcome.LOCKED);
        }
        Optional<StaffUser> found = staff.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return StaffLogin.failed(guard.failed(key, actor));
        }
        StaffUser user = found.get();
        if (user.isInvited()) {
            // No password works yet; the decoy costs what a real check costs, so timing does not tell invited users apart.
            hasher.verifyDecoy(password);
            return StaffLogin.failed(guard.failed(key, actor));
        }
        Verification verification = hasher.verify(password, user.getPasswordHash());
        if (!verification.matches()) {
            return StaffLogin.failed(guard.failed(key, actor));
        }
        if (verification == Verification.MATCH_NEEDS_REHASH) {
            user.replacePasswordHash(hasher.hash(password));
        }
        if (!user.isEnabled()) {
            events.fire(new LoginEvent.RefusedInactive(actor, "staff:" + user.getId(), null));
            return new StaffLogin(LoginOutcome.USER_DISABLED, new StaffId(user.getId()), Set.of(), SecondStep.NONE);
        }
        SecondStep next = user.hasSecondFactor() ? SecondStep.CODE : user.needsSecondFactor() ? SecondStep.ENROL : SecondStep.NONE;
        if (next == SecondStep.NONE) {
            guard.succeeded(key, actor);
            events.fire(new LoginEvent.Succeeded(actor, "staff:" + user.getId(), REALM));
        }
        return new StaffLogin(LoginOutcome.SUCCESS, new StaffId(user.getId()), Set.copyOf(user.getRoles()), next);
    }

    /**
     * The second step after the right password: a code from the authenticator (each works once) or an
     * unused recovery code. A wrong one counts toward the login lock.
     */
    @Transactional
    public StaffLogin verifySecondFactor(StaffId staffId, String code, Caller actor) {
        StaffUser user = staff.findById(staffId.value()).orElseThrow(() -> new IllegalStateException("no staff user " + staffId));
        String key = LoginGuard.key(REALM, user.getEmail());
        if (guard.isLocked(key, actor)) {
            return StaffLogin.failed(LoginOutcome.LOCKED);
        }
        if (!user.isEnabled() || !user.hasSecondFactor() || !accepts(user, code == null ? "" : code.strip())) {
            return StaffLogin.failed(guard.failed(key, actor));
        }
        guard.succeeded(key, actor);
        events.fire(new LoginEvent.Succeeded(actor, "staff:" + user.getId(), REALM + " with second factor"));
        return new StaffLogin(LoginOutcome.SUCCESS, new StaffId(user.getId()), Set.copyOf(user.getRoles()), SecondStep.NONE);
    }

    private boolean accepts(StaffUser user, String code) {
        if (code.matches("\\d{6}")) {
            OptionalLong step = codes.matchingStep(user.getTotpSecret(), code, clock.instant());
            return step.isPresent() && user.acceptCodeStep(step.getAsLong());
        }
        return RecoveryCodes.isWellFormed(code) && user.useRecoveryCode(RecoveryCodes.hash(code), clock.instant());
    }

    /** A new secret for the authenticator; it counts only once {@link #enrol} confirms it with a code. */
    public String newSecret() {
        return codes.newSecret();
    }

    /**
     * Confirms enrolment with a code the app made from {@code secret}: the secret is kept and ten new
     * recovery codes are returned, to be shown once. Empty when the code is wrong (which counts toward
     * the login lock).
     */
    @Transactional
    public Optional<List<String>> enrol(StaffId staffId, String secret, String code, Caller actor) {
        StaffUser user = staff.findById(staffId.value()).orElseThrow(() -> new IllegalStateException("no staff user " + staffId));
        String key = LoginGuard.key(REALM, user.getEmail());
        if (guard.isLocked(key, actor) || !user.isEnabled()) {
            return Optional.empty();
        }
        OptionalLong step = code == null ? OptionalLong.empty() : codes.matchingStep(secret, code.strip(), clock.instant());
        if (step.isEmpty()) {
            guard.failed(key, actor);
            return Optional.empty();
        }
        List<String> recovery = RecoveryCodes.generate();
        user.enrolSecondFactor(secret, step.getAsLong(), recovery.stream().map(RecoveryCodes::hash).toList());
        events.fire(new LoginEvent.SecondFactorEnrolled(actor, "staff:" + user.getId()));
        return Optional.of(recovery);
    }

    /**
     * What a session starts with once the last step of the sign-in passed: the user's roles and
     * credentials version as they are now (an admin may have changed them during the second step).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffSession> sessionFor(StaffId staffId) {
        return staff.findById(staffId.value()).filter(StaffUser::isEnabled)
                .map(user -> new StaffSession(Set.copyOf(user.getRoles()), user.getCredentialsVersion()));
    }

    /** The roles a staff session is granted and the credentials version it started under. */
    public record StaffSession(Set<StaffRole> roles, int credentialsVersion) {
    }

    /** Whether the staff user has the authenticator set up, and how many recovery codes are left. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SecondFactorState secondFactor(StaffId staffId) {
        return staff.findById(staffId.value()).map(user -> new SecondFactorState(user.hasSecondFactor(), user.needsSecondFactor(),
                user.unusedRecoveryCodes())).orElse(new SecondFactorState(false, false, 0));
    }
}
