package io.supportcenter.domain.auth;

import static io.supportcenter.domain.audit.AuditAction.LOGIN_FAILED;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_LOCKED;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_LOCK_CLEARED;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_REFUSED_INACTIVE;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_SUCCEEDED;
import static io.supportcenter.domain.audit.AuditAction.SECOND_FACTOR_ENROLLED;
import static io.supportcenter.domain.audit.AuditAction.TEMPORARY_PASSWORD_USED;

import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import java.time.Duration;

/**
 * What a login attempt did (SPEC §3), for members and staff alike: who is {@code user:12} or
 * {@code staff:3}, a lock's key is the realm and address ({@link LoginGuard#key}).
 */
public sealed interface LoginEvent extends Audited {

    /** In: {@code how} names the realm, and the second factor when one was asked. */
    record Succeeded(Actor actor, String who, String how) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_SUCCEEDED, actor, who, how);
        }
    }

    /** The right password for a user who may not come in ({@code why}: disabled, account deactivated, address unconfirmed). */
    record RefusedInactive(Actor actor, String who, String why) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_REFUSED_INACTIVE, actor, who, why);
        }
    }

    /** A system password from Login Help or an administrator was used; it works once. */
    record TemporaryPasswordUsed(Actor actor, String who) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(TEMPORARY_PASSWORD_USED, actor, who);
        }
    }

    /** A wrong password or code: counted for this client and for the address from anywhere. */
    record Failed(Actor actor, String key, int fromThisClient, int inAll) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_FAILED, actor, key, "failures=" + fromThisClient + " from this client, " + inAll + " in all");
        }
    }

    /** This client is locked out of the address for {@code lockedFor}. */
    record Locked(Actor actor, String key, Duration lockedFor) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_LOCKED, actor, key, "this client locked for " + lockedFor.toSeconds() + " s");
        }
    }

    /** Staff cleared the address's counts, every client's included. */
    record LockCleared(Actor actor, String key) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(LOGIN_LOCK_CLEARED, actor, key);
        }
    }

    /** A staff user set up their authenticator (and was given recovery codes). */
    record SecondFactorEnrolled(Actor actor, String who) implements LoginEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(SECOND_FACTOR_ENROLLED, actor, who);
        }
    }
}
