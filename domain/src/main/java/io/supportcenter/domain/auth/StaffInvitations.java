package io.supportcenter.domain.auth;

import io.supportcenter.domain.identity.Caller;
import io.supportcenter.domain.identity.StaffId;
import io.supportcenter.domain.identity.StaffRole;
import io.supportcenter.domain.ops.TaskLockRepository;
import io.supportcenter.domain.shared.BusinessException;
import io.supportcenter.domain.shared.DomainEvent;
import io.supportcenter.domain.shared.EmailAddress;
import io.supportcenter.domain.staff.StaffUser;
import io.supportcenter.domain.staff.StaffUserRepository;
import io.supportcenter.domain.staff.Team;
import io.supportcenter.domain.staff.TeamRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How new staff join (SPEC §7, administration): an admin invites them with their roles and teams; the
 * email carries a link, valid for a week and once, on which they choose their password. Signing in
 * then goes the usual way, including setting up an authenticator app where their role requires one.
 */
@ApplicationScoped
public class StaffInvitations {

    public static final Duration VALID_FOR = Duration.ofDays(7);
    /** The first admin's link is short-lived: it may stand in a log. */
    public static final Duration FIRST_ADMIN_VALID_FOR = Duration.ofHours(24);
    static final String FIRST_ADMIN_TASK = "first-admin";
    private static final Caller OPERATOR = new Caller.System("operator", "configuration");

    private StaffUserRepository staff;
    private TeamRepository teams;
    private PasswordHasher hasher;
    private PasswordPolicy passwordPolicy;
    private Event<DomainEvent> events;
    private TaskLockRepository locks;
    private Clock clock;

    protected StaffInvitations() {
        // for CDI proxies
    }

    @Inject
    public StaffInvitations(StaffUserRepository staff, TeamRepository teams, PasswordHasher hasher, PasswordPolicy passwordPolicy,
                            Event<DomainEvent> events, TaskLockRepository locks, Clock clock) {
        this.locks = locks;
        this.staff = staff;
        this.teams = teams;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the user with their roles and teams and emails them the invitation; returns their id. */
    @Transactional
    public long invite(Caller.Staff caller, String name, String email, Collection<StaffRole> roles, Collection<String> teamCodes) {
        StaffUser admin = staff.requireAdmin(caller);
        String address = EmailAddress.require(email);
        if (staff.findByEmail(address).isPresent()) {
            throw new BusinessException("staff.invite.email-taken");
        }
        Set<Team> chosen = Set.copyOf(teams.requireAll(teamCodes).values());
        String token = OneTimeSecrets.newToken();
        Instant now = clock.instant();
        StaffUser invited = StaffUser.invited(address, name, roles, chosen, OneTimeSecrets.tokenHash(token), now.plus(VALID_FOR), now);
        staff.add(invited);
        events.fire(new CredentialEvent.StaffInvited(caller, invited, admin,
                "roles=" + new TreeSet<>(roles) + " teams=" + new TreeSet<>(teamCodes), token, VALID_FOR));
        return invited.getId();
    }

    /**
     * The first admin of a new installation ({@code support.admin.first-email}): on a database where no staff user has
     * chosen a password yet, invites {@code email} as admin with a link valid for {@link #FIRST_ADMIN_VALID_FOR}, once:
     * while that link is valid, or once anyone has chosen a password, nothing happens (a restart with the setting still
     * there invites no one). The link is emailed when {@code byMail}; else the caller shows it to the operator.
     *
     * @return the new link's token, or empty when no invitation was made
     */
    @Transactional
    public Optional<String> inviteFirstAdmin(String email, boolean byMail) {
        locks.lock(FIRST_ADMIN_TASK);
        String address = EmailAddress.require(email);
        Instant now = clock.instant();
        java.util.List<StaffUser> everyone = staff.findAll();
        boolean onlyThisInvitation = everyone.stream().allMatch(user -> user.isInvited() && user.getEmail().equals(address));
        if (!onlyThisInvitation || everyone.stream().anyMatch(user -> !user.isInvitationExpired(now))) {
            return Optional.empty();
        }
        String token = OneTimeSecrets.newToken();
        StaffUser admin = everyone.isEmpty() ? null : everyone.get(0);
        if (admin == null) {
            admin = StaffUser.invited(address, "Administrator", java.util.EnumSet.allOf(StaffRole.class), Set.of(),
                    OneTimeSecrets.tokenHash(token), now.plus(FIRST_ADMIN_VALID_FOR), now);
            staff.add(admin);
        } else {
            admin.reinvite(OneTimeSecrets.tokenHash(token), now.plus(FIRST_ADMIN_VALID_FOR));
        }
        events.fire(new CredentialEvent.FirstAdminInvited(OPERATOR, admin, byMail ? token : null, FIRST_ADMIN_VALID_FOR));
        return Optional.of(token);
    }

    /** A new link for a user who has not accepted yet; the earlier link stops working. */
    @Transactional
    public void resend(Caller.Staff caller, StaffId staffId) {
        StaffUser admin = staff.requireAdmin(caller);
        StaffUser invited = staff.findById(staffId.value()).orElseThrow(() -> new BusinessException("staff.not-found"));
        String token = OneTimeSecrets.newToken();
        invited.reinvite(OneTimeSecrets.tokenHash(token), clock.instant().plus(VALID_FOR));
        events.fire(new CredentialEvent.StaffInvited(caller, invited, admin, "sent again", token, VALID_FOR));
    }

    /** What the invitation link finds: nothing, an expired invitation, or one to accept (with whose it is). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Invitation check(String token) {
        return holder(token).map(user -> new Invitation(user.isInvitationExpired(clock.instant()) ? State.EXPIRED : State.VALID,
                user.getName(), user.getEmail())).orElse(Invitation.UNKNOWN);
    }

    /**
     * The invited user chooses their password (the password policy of SPEC §3); the link then stops working.
     *
     * @throws io.supportcenter.domain.auth.PasswordPolicyException listing every problem with the password
     */
    @Transactional
    public void accept(String token, String password, String confirmation, Caller caller) {
        StaffUser user = holder(token).orElseThrow(() -> new BusinessException("staff.invite.not-valid"));
        Instant now = clock.instant();
        if (user.isInvitationExpired(now)) {
            throw new BusinessException("staff.invite.expired");
        }
        passwordPolicy.requireAcceptable(password, confirmation, new PasswordOwner(user.getEmail(), user.getName(), ""));
        user.acceptInvitation(hasher.hash(password.toCharArray()), now);
        events.fire(new CredentialEvent.StaffInvitationAccepted(caller, user));
    }

    private Optional<StaffUser> holder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return staff.findByInvitationHash(OneTimeSecrets.tokenHash(token)).filter(StaffUser::isInvited);
    }


    /** Where an invitation stands. */
    public enum State {
        UNKNOWN, EXPIRED, VALID
    }

    /** An invitation as its link finds it. */
    public record Invitation(State state, String name, String email) implements Serializable {

        static final Invitation UNKNOWN = new Invitation(State.UNKNOWN, null, null);
    }
}
