package io.supportcenter.domain.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountStatusChange;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.account.UserRepository;
import io.supportcenter.domain.administration.AdministrativeSettingsService;
import io.supportcenter.domain.audit.AuditAction;
import io.supportcenter.domain.audit.AuditCriteria;
import io.supportcenter.domain.audit.AuditEvent;
import io.supportcenter.domain.audit.AuditLog;
import io.supportcenter.domain.audit.AuditRepository;
import io.supportcenter.domain.auth.AuthPolicy;
import io.supportcenter.domain.auth.LoginGuard;
import io.supportcenter.domain.auth.LoginHelpRequest;
import io.supportcenter.domain.auth.LoginHelpRequestRepository;
import io.supportcenter.domain.auth.LoginHelpService;
import io.supportcenter.domain.auth.LoginThrottle;
import io.supportcenter.domain.auth.LoginThrottleRepository;
import io.supportcenter.domain.auth.MemberAuthenticationService;
import io.supportcenter.domain.auth.MemberLogin;
import io.supportcenter.domain.auth.PassedCheck;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.auth.PasswordPolicy;
import io.supportcenter.domain.auth.PasswordService;
import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.mail.Outbox;
import io.supportcenter.domain.mail.OutboxPolicy;
import io.supportcenter.domain.mail.OutgoingMail;
import io.supportcenter.domain.mail.OutgoingMailRepository;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.support.Callers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The sign-in services wired to in-memory stores and a clock the test moves, so every time rule
 * (locks, expiry) is tested without waiting. Each test builds its own fixture.
 */
public final class AuthFixture {

    public static final PasswordHasher HASHER = new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS);
    public static final String PASSWORD = "correct-horse-42";
    public static final Caller ACTOR = new Caller.Anonymous(Callers.ADDRESS);
    private static final PasswordPolicy POLICY = new PasswordPolicy();

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    public final Users users = new Users();
    public final Accounts accounts = new Accounts();
    public final List<AuditEvent> audit = new ArrayList<>();
    public final List<OutgoingMail> mails = new ArrayList<>();
    public final Map<String, LoginThrottle> throttles = new HashMap<>();
    /** Login Help requests as (email, time) and (client address, time). */
    public final List<Map.Entry<String, Instant>> helpRequests = new ArrayList<>();
    public final List<Map.Entry<String, Instant>> clients = new ArrayList<>();
    public final AuthPolicy policy;
    public final LoginGuard guard;
    public final AuditLog auditLog;
    public final Outbox outbox;
    public final FiredEvents events;
    public final MemberAuthenticationService members;
    public final LoginHelpService loginHelp;
    public final PasswordService passwords;
    public final AdministrativeSettingsService admin;

    public AuthFixture() {
        this(AuthPolicy.defaults());
    }

    public AuthFixture(AuthPolicy policy) {
        this.policy = policy;
        this.auditLog = new AuditLog(new AuditRepository() {
            @Override
            public void add(AuditEvent event) {
                audit.add(event);
            }

            @Override
            public List<AuditEvent> find(AuditCriteria criteria, int offset, int limit) {
                return audit.stream().filter(e -> criteria.action() == null || e.getAction() == criteria.action())
                        .skip(offset).limit(limit).toList();
            }

            @Override
            public long count(AuditCriteria criteria) {
                return find(criteria, 0, Integer.MAX_VALUE).size();
            }
        }, clock);
        this.outbox = new Outbox(new Mails(), OutboxPolicy.defaults(), clock);
        this.events = new FiredEvents(auditLog, outbox);
        Set<String> spentChallenges = new HashSet<>();
        this.guard = new LoginGuard(new LoginThrottleRepository() {
            @Override
            public Optional<LoginThrottle> findForUpdate(String key) {
                return Optional.ofNullable(throttles.get(key));
            }

            @Override
            public Optional<LoginThrottle> find(String key) {
                return Optional.ofNullable(throttles.get(key));
            }

            @Override
            public void add(LoginThrottle throttle) {
                throttles.put(throttle.getKey(), throttle);
            }

            @Override
            public void clearClientsOf(String key) {
                throttles.forEach((name, throttle) -> {
                    if (name.startsWith(key + "|")) {
                        throttle.clear();
                    }
                });
            }
        }, events, () -> policy, (challenge, expires, now) -> spentChallenges.add(challenge), clock);
        this.members = new MemberAuthenticationService(users, HASHER, guard, events, clock);
        this.loginHelp = new LoginHelpService(users, new LoginHelpRequestRepository() {
            @Override
            public void add(LoginHelpRequest request) {
                helpRequests.add(Map.entry(email(request) + "|" + client(request), clock.instant()));
                clients.add(Map.entry(client(request), clock.instant()));
            }

            @Override
            public long countForEmailAndClientSince(String email, String clientAddress, Instant since) {
                String key = email + "|" + clientAddress;
                return helpRequests.stream().filter(r -> r.getKey().equals(key) && r.getValue().isAfter(since)).count();
            }

            @Override
            public long countForClientSince(String clientAddress, Instant since) {
                return clients.stream().filter(r -> r.getKey().equals(clientAddress) && r.getValue().isAfter(since)).count();
            }
        }, HASHER, events, () -> policy, clock);
        this.passwords = new PasswordService(users, HASHER, POLICY, guard, events, clock);
        this.admin = new AdministrativeSettingsService(users, accounts, HASHER, POLICY, guard, events, () -> policy, clock);
    }

    /** Opens an account whose SuperUser has {@link #PASSWORD}. */
    public Account account(String email) {
        Account account = Account.open("4000" + (users.byEmail.size() + 100), "Company of " + email, AccountType.PUBLISHER,
                new NewUser(email, "Name " + email, HASHER.hash(PASSWORD.toCharArray()), Locale.ENGLISH, ZoneId.of("UTC")),
                clock.instant());
        users.add(account.getSuperUser());
        return account;
    }

    /** A user of one of the fixture's accounts as the web tier would name them when signed in, from {@link #ACTOR}'s address. */
    public Caller.Member member(long userId) {
        Long accountId = users.findById(userId).orElseThrow().getAccount().getId();
        return Callers.member(userId, accountId == null ? 0 : accountId);
    }

    public MemberLogin login(String email, String password) {
        return login(email, password, ACTOR, Optional.empty());
    }

    public MemberLogin login(String email, String password, Caller actor, Optional<PassedCheck> check) {
        return members.authenticate(email, password.toCharArray(), check, actor);
    }

    /** A person check as the web tier hands over once the visitor solved it (each may be spent once). */
    public PassedCheck solvedCheck() {
        return new PassedCheck("check-" + UUID.randomUUID(), clock.instant().plus(Duration.ofMinutes(30)));
    }

    public long audited(AuditAction action) {
        return audit.stream().filter(event -> event.getAction() == action).count();
    }

    private static String email(LoginHelpRequest request) {
        return field(request, "email");
    }

    private static String client(LoginHelpRequest request) {
        return field(request, "clientAddress");
    }

    /** Reads what the database would store, without adding getters for tests alone. */
    private static String field(LoginHelpRequest request, String name) {
        try {
            var field = LoginHelpRequest.class.getDeclaredField(name);
            field.setAccessible(true);
            return (String) field.get(request);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Forgets what was fired, audited and mailed so far, so that a test reads only what its next step does. */
    public void forget() {
        events.fired.clear();
        audit.clear();
        mails.clear();
    }

    /**
     * That the first event fired since {@link #forget} is of this kind and that the audit log wrote it as this line (a
     * guard the use case asks may fire events of its own after it).
     */
    public void assertFired(Class<? extends DomainEvent> kind, Caller actor, AuditAction action, String subject, String detail) {
        assertEquals(kind, events.fired.get(0).getClass());
        AuditEvent line = audit.get(0);
        assertEquals(List.of(action, actor.auditName(), actor.clientAddress(), subject),
                List.of(line.getAction(), line.getActor(), line.getClientAddress(), line.getSubject()));
        assertEquals(detail, line.getDetail());
    }

    /** The mails kept since {@link #forget}, each as "template recipient". */
    public List<String> mailed() {
        return mails.stream().map(mail -> mail.getTemplate() + " " + mail.getRecipient()).toList();
    }

    /** The value of the newest mail, as the recipient would read it. */
    public String lastMailValue(String name) {
        return mails.get(mails.size() - 1).values(io.supportcenter.domain.mail.OutboxPolicy.defaults().seal(), true, "").get(name);
    }

    public static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    public static final class Users implements UserRepository {
        private final Map<String, User> byEmail = new HashMap<>();
        private long nextId = 1;

        public void add(User user) {
            if (user.getId() != null) {
                return;
            }
            byEmail.put(user.getEmail(), user);
            try {
                var id = User.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(user, nextId++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<User> findById(long id) {
            adoptNewUsers();
            return byEmail.values().stream().filter(user -> user.getId() == id).findFirst();
        }

        @Override
        public Optional<User> findByEmail(String email) {
            adoptNewUsers();
            return byEmail.values().stream().filter(user -> user.getEmail().equals(EmailAddress.normalise(email))).findFirst();
        }

        @Override
        public void remove(User user) {
            byEmail.values().remove(user);
        }

        /** Users added to a known account are stored on its next flush; here, on the next look-up. */
        private void adoptNewUsers() {
            List<User> added = byEmail.values().stream().flatMap(user -> user.getAccount().getUsers().stream())
                    .filter(user -> user.getId() == null).distinct().toList();
            added.forEach(this::add);
        }

        @Override
        public Optional<User> findByEmailConfirmationHash(String hash) {
            return byEmail.values().stream().filter(user -> hash.equals(confirmationHash(user))).findFirst();
        }

        /** What the database column holds; the entity has no getter for it. */
        private static String confirmationHash(User user) {
            try {
                var field = User.class.getDeclaredField("emailConfirmationHash");
                field.setAccessible(true);
                return (String) field.get(user);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<User> findByOneTimeHash(String hash) {
            return byEmail.values().stream()
                    .filter(user -> user.getOneTimeSecret().map(secret -> secret.getHash().equals(hash)).orElse(false))
                    .findFirst();
        }
    }

    /** Accounts kept with their users in {@link #users}; status changes in a list; sign-up numbers counted up. */
    public final class Accounts implements AccountRepository {
        public final List<AccountStatusChange> changes = new ArrayList<>();
        private long nextNumber = 5_000_001;

        @Override
        public Optional<Account> findByNumber(String number) {
            return users.byEmail.values().stream().map(User::getAccount).filter(a -> a.getNumber().equals(number)).findFirst();
        }

        @Override
        public void add(Account account) {
            account.getUsers().forEach(users::add);
        }

        @Override
        public String nextAccountNumber() {
            return String.valueOf(nextNumber++);
        }

        @Override
        public Optional<Account> lockAccountOfUser(long userId) {
            return users.findById(userId).map(User::getAccount);
        }

        @Override
        public Optional<Account> lockById(long id) {
            return users.byEmail.values().stream().map(User::getAccount).filter(a -> a.getId() != null && a.getId() == id).findFirst();
        }

        @Override
        public long count() {
            return users.byEmail.values().stream().map(User::getAccount).distinct().count();
        }

        @Override
        public List<Account> search(String text, int max) {
            return List.of();
        }

        @Override
        public void addStatusChange(AccountStatusChange change) {
            changes.add(change);
        }

        @Override
        public List<AccountStatusChange> statusChanges(long accountId) {
            return List.copyOf(changes);
        }

        @Override
        public List<Account> findDueDormancyWarning(LocalDate commissionBefore, Instant activeBefore) {
            return List.of();
        }

        @Override
        public List<Account> findPastDormancyDeadline(Instant now) {
            return List.of();
        }
    }

    private final class Mails implements OutgoingMailRepository {
        @Override
        public void add(OutgoingMail mail) {
            mails.add(mail);
        }

        @Override
        public Optional<OutgoingMail> findById(long id) {
            return Optional.empty();
        }

        @Override
        public List<Long> findDue(Instant now, int limit) {
            return List.of();
        }

        @Override
        public boolean claim(long id, String node, Instant now, Instant until) {
            return false;
        }

        @Override
        public List<OutgoingMail> newest(int offset, int limit) {
            return mails;
        }

        @Override
        public long count() {
            return mails.size();
        }

        @Override
        public Unsent unsent() {
            List<OutgoingMail> waiting = mails.stream().filter(mail -> mail.getStatus() != io.supportcenter.domain.mail.MailStatus.SENT).toList();
            return new Unsent(waiting.stream().filter(mail -> mail.getStatus() == io.supportcenter.domain.mail.MailStatus.PENDING).count(),
                    waiting.stream().filter(mail -> mail.getStatus() == io.supportcenter.domain.mail.MailStatus.FAILED).count(),
                    waiting.stream().map(OutgoingMail::getCreatedAt).min(Instant::compareTo));
        }
    }
}
