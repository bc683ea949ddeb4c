package io.supportcenter.domain.demo;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.AccountRepository;
import io.supportcenter.domain.account.AccountType;
import io.supportcenter.domain.account.NewUser;
import io.supportcenter.domain.auth.PasswordHasher;
import io.supportcenter.domain.ops.TaskLock;
import io.supportcenter.domain.ops.TaskLockRepository;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads the demo accounts and staff listed in README, once per database: the work happens under the
 * {@value #TASK} task lock, so two nodes starting together load it once, and a restart finds it done.
 */
@ApplicationScoped
public class DemoDataService {

    public static final String TASK = "demo-data";
    /** The password of every demo user (README). */
    public static final String DEMO_PASSWORD = "correct-horse-42";

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private TaskLockRepository locks;
    private AccountRepository accounts;
    private StaffUserRepository staff;
    private TeamRepository teams;
    private PasswordHasher hasher;
    private Clock clock;

    protected DemoDataService() {
        // for CDI proxies
    }

    @Inject
    public DemoDataService(TaskLockRepository locks, AccountRepository accounts, StaffUserRepository staff,
                           TeamRepository teams, PasswordHasher hasher, Clock clock) {
        this.locks = locks;
        this.accounts = accounts;
        this.staff = staff;
        this.teams = teams;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @return whether this call loaded the data (false: it was there already) */
    @Transactional
    public boolean loadOnce() {
        TaskLock lock = locks.lock(TASK);
        if (lock.isCompleted()) {
            return false;
        }
        Instant now = clock.instant();
        // One hash for all demo users keeps start-up short; they share a documented password anyway.
        String hash = hasher.hash(DEMO_PASSWORD.toCharArray());

        Account northwind = open("4000101", "Northwind Reviews", AccountType.PUBLISHER, "pat@northwind.example", "Pat Northwind", hash, now);
        northwind.addUser(member("sam@northwind.example", "Sam Northwind", hash), now);
        Account contoso = open("4000102", "Contoso Outdoor", AccountType.ADVERTISER, "alex@contoso.example", "Alex Contoso", hash, now);
        contoso.addUser(member("lee@contoso.example", "Lee Contoso", hash), now);
        Account dormant = open("4000103", "Dormant Garden", AccountType.PUBLISHER, "dana@dormant.example", "Dana Dormant", hash, now);
        dormant.deactivateForDormancy(now.minus(Duration.ofDays(30)));
        Account oldDormant = open("4000104", "Old Dormant Media", AccountType.PUBLISHER, "olga@olddormant.example", "Olga Olddormant", hash, now);
        oldDormant.deactivateForDormancy(now.minus(Duration.ofDays(200)));
        Account closed = open("4000105", "Closed Deals", AccountType.PUBLISHER, "carl@closed.example", "Carl Closed", hash, now);
        closed.deactivateForCompliance(now.minus(Duration.ofDays(10)), "Demo: repeated violations of the network's publisher policy");
        for (Account account : List.of(northwind, contoso, dormant, oldDormant, closed)) {
            accounts.add(account);
        }

        Map<String, Team> byCode = teams.findAll().stream().collect(Collectors.toMap(Team::getCode, Function.identity()));
        Team clientSupport = byCode.get(Team.CLIENT_SUPPORT);
        Team technical = byCode.get(Team.TECHNICAL_SERVICES);
        Team quality = byCode.get(Team.NETWORK_QUALITY);
        addStaff("agent@support.example", "Avery Agent", Set.of(StaffRole.AGENT), Set.of(clientSupport), hash, now);
        addStaff("tech@support.example", "Taylor Tech", Set.of(StaffRole.AGENT), Set.of(technical), hash, now);
        addStaff("quality@support.example", "Quinn Quality", Set.of(StaffRole.AGENT), Set.of(quality), hash, now);
        addStaff("editor@support.example", "Eden Editor", Set.of(StaffRole.EDITOR), Set.of(), hash, now);
        addStaff("lead@support.example", "Logan Lead", Set.of(StaffRole.SUPERVISOR), byCode.values(), hash, now);
        addStaff("admin@support.example", "Ari Admin", Set.of(StaffRole.ADMIN), Set.of(), hash, now);

        lock.complete(now);
        return true;
    }

    private static Account open(String number, String company, AccountType type, String email, String name,
                                String hash, Instant now) {
        return Account.open(number, company, type, member(email, name, hash), now);
    }

    private static NewUser member(String email, String name, String hash) {
        return new NewUser(email, name, hash, Locale.ENGLISH, PACIFIC);
    }

    private void addStaff(String email, String name, Set<StaffRole> roles, Collection<Team> memberOf,
                          String hash, Instant now) {
        staff.add(new StaffUser(email, name, hash, roles, memberOf, now));
    }
}
