package io.supportcenter.domain.signup;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.auth.CredentialEvent;
import io.supportcenter.domain.auth.OneTimeSecrets;
import io.supportcenter.domain.auth.PassedCheck;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.auth.PasswordOwner;
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.auth.SpentChallenges;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.UserId;
import io.supportcenter.domain.policy.Policies;
import io.supportcenter.domain.policy.Policy;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.shared.FieldProblems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Publisher sign-up (SPEC §2): a free publisher account whose first user is its SuperUser. The address is
 * confirmed by an emailed link before the first login; logging in with the right password before that
 * offers to send the link again. Whether a visitor is a person is the web tier's check, made before this.
 */
@ApplicationScoped
public class PublisherSignUp {

    public static final Duration CONFIRM_WITHIN = Duration.ofDays(3);
    public static final int MAX_COMPANY = 200;
    public static final int MAX_NAME = 120;

    private AccountRepository accounts;
    private UserRepository users;
    private PasswordHasher hasher;
    private PasswordPolicy passwordPolicy;
    private Event<DomainEvent> events;
    private Policies policies;
    private SpentChallenges spentChallenges;
    private SignUpLimits limits;
    private Clock clock;

    protected PublisherSignUp() {
        // for CDI proxies
    }

    @Inject
    public PublisherSignUp(AccountRepository accounts, UserRepository users, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                           Event<DomainEvent> events, Policies policies, SpentChallenges spentChallenges, SignUpRequestRepository requests, Clock clock) {
        this.accounts = accounts;
        this.users = users;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.policies = policies;
        this.spentChallenges = spentChallenges;
        this.limits = new SignUpLimits(requests);
        this.clock = clock;
    }

    /**
     * Opens the account and emails the confirmation link; returns the address it went to. The visitor showed
     * they are a person by solving {@code check}, which opens one account at most.
     *
     * @throws FieldProblems naming each field ({@code company}, {@code website}, {@code name}, {@code email},
     *                       {@code password}, {@code confirmation}, {@code terms}) that cannot be used; an
     *                       address already registered is {@code signup.email.registered} on {@code email}; a
     *                       check that opened an account before is {@code signup.challenge.failed} on {@code challenge}
     */
    @Transactional(dontRollbackOn = SignUpThrottled.class)
    public String register(SignUpForm form, PassedCheck check, Locale language, Caller actor) {
        FieldProblems.Collector problems = new FieldProblems.Collector();
        String company = FieldProblems.line(form.company());
        String name = FieldProblems.line(form.name());
        String email = FieldProblems.line(form.email());
        problems.required("signup", "company", company, MAX_COMPANY);
        Optional<String> website = WebsiteAddress.parse(form.website());
        if (FieldProblems.line(form.website()).isEmpty()) {
            problems.add("website", "signup.website.required");
        } else if (website.isEmpty()) {
            problems.add("website", "signup.website.invalid");
        }
        problems.required("signup", "name", name, MAX_NAME);
        if (email.isEmpty()) {
            problems.add("email", "signup.email.required");
        } else if (!EmailAddress.isPlausible(email)) {
            problems.add("email", "validation.email.invalid");
        } else if (users.findByEmail(EmailAddress.normalise(email)).isPresent()) {
            problems.add("email", "signup.email.registered");
        }
        List<String> weak = passwordPolicy.violations(form.password(), new PasswordOwner(email, name, company));
        if (!weak.isEmpty()) {
            problems.add("password", weak.get(0));
        } else if (!form.password().equals(form.confirmation())) {
            problems.add("confirmation", "password.confirmation.mismatch");
        }
        if (!form.termsAccepted()) {
            problems.add("terms", "signup.terms.required");
        }
        problems.throwIfAny();

        Instant now = clock.instant();
        Optional<String> throttled = limits.refusal(email, actor, policies.now(), now);
        if (throttled.isPresent()) {
            events.fire(new SignUpEvent.Throttled(actor, SignUpLimits.mailboxOf(email), throttled.get().equals(SignUpLimits.THROTTLED_CLIENT)));
            throw new SignUpThrottled(throttled.get());
        }
        if (!spentChallenges.spend(check.challenge(), check.expires(), now)) {
            problems.add("challenge", "signup.challenge.failed");
            problems.throwIfAny();
        }
        String address = EmailAddress.normalise(email);
        ZoneId zone = ZoneId.of(policies.now().value(Policy.CALENDAR_ZONE));
        NewUser superUser = new NewUser(address, name, hasher.hash(form.password().toCharArray()), language, zone);
        String token = OneTimeSecrets.newToken();
        Account account = Account.signUpPublisher(freeAccountNumber(), company, website.get(), superUser,
                OneTimeSecrets.tokenHash(token), now.plus(CONFIRM_WITHIN), now);
        accounts.add(account);
        limits.record(address, actor, now);
        events.fire(new SignUpEvent.PublisherSignedUp(actor, account, token, CONFIRM_WITHIN));
        return address;
    }

    /** Follows a confirmation link: the address is confirmed unless the link is unknown, used or too old. */
    @Transactional
    public EmailConfirmation confirm(String token, Caller actor) {
        if (token == null || token.isBlank()) {
            return EmailConfirmation.UNKNOWN;
        }
        Optional<User> found = users.findByEmailConfirmationHash(OneTimeSecrets.tokenHash(token.strip()));
        if (found.isEmpty()) {
            return EmailConfirmation.UNKNOWN;
        }
        User user = found.get();
        if (user.isEmailConfirmationExpired(clock.instant())) {
            return new EmailConfirmation(EmailConfirmation.State.EXPIRED, user.getEmail());
        }
        user.confirmEmail();
        events.fire(new CredentialEvent.EmailConfirmed(actor, user, "link"));
        return new EmailConfirmation(EmailConfirmation.State.CONFIRMED, user.getEmail());
    }

    /**
     * A new link for a user who has not confirmed yet (the web tier calls this only after the user gave the
     * right password); the earlier link stops working. Returns the address it went to.
     */
    @Transactional
    public String sendConfirmationAgain(UserId userId, Caller actor) {
        User user = users.findById(userId.value()).filter(User::isAwaitingEmailConfirmation)
                .orElseThrow(() -> new BusinessException("signup.confirm.not-pending"));
        String token = OneTimeSecrets.newToken();
        user.awaitEmailConfirmation(OneTimeSecrets.tokenHash(token), clock.instant().plus(CONFIRM_WITHIN));
        events.fire(new SignUpEvent.ConfirmationSentAgain(actor, user, token, CONFIRM_WITHIN));
        return user.getEmail();
    }

    /** The sequence's next number, skipping any the network gave an account by hand. */
    private String freeAccountNumber() {
        String number = accounts.nextAccountNumber();
        while (accounts.findByNumber(number).isPresent()) {
            number = accounts.nextAccountNumber();
        }
        return number;
    }
}
