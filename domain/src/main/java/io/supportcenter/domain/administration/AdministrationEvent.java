package io.supportcenter.domain.administration;

import static io.supportcenter.domain.audit.AuditAction.PASSWORD_CHANGED;
import static io.supportcenter.domain.audit.AuditAction.SUPERUSER_GATE_FAILED;
import static io.supportcenter.domain.audit.AuditAction.SUPERUSER_GATE_PASSED;
import static io.supportcenter.domain.audit.AuditAction.SUPERUSER_TRANSFERRED;
import static io.supportcenter.domain.audit.AuditAction.USER_ADDED;
import static io.supportcenter.domain.audit.AuditAction.USER_DISABLED;
import static io.supportcenter.domain.audit.AuditAction.USER_ENABLED;
import static io.supportcenter.domain.audit.AuditAction.USER_PASSWORD_RESET;
import static io.supportcenter.domain.audit.AuditAction.USER_REMOVED;
import static io.supportcenter.domain.audit.AuditAction.USER_UPDATED;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a SuperUser did in Administrative Settings (SPEC §4). Each event says how the audit log
 * writes it; a change to a user also tells that user by email, naming the SuperUser who made it.
 */
public sealed interface AdministrationEvent extends Audited {

    String MAIL_INVITED = "user.invited";
    String MAIL_CHANGED = "user.changed";
    String MAIL_PASSWORD_SET = "user.password-set";
    String MAIL_PASSWORD_RESET = "user.password-reset";
    String MAIL_DISABLED = "user.disabled";
    String MAIL_ENABLED = "user.enabled";
    String MAIL_REMOVED = "user.removed";
    String MAIL_SUPERUSER_GIVEN = "superuser.given";
    String MAIL_SUPERUSER_TAKEN = "superuser.taken";

    /** The SuperUser password opened the gate. */
    record GatePassed(Actor actor, User superUser) implements AdministrationEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(SUPERUSER_GATE_PASSED, actor, account(superUser));
        }
    }

    /** A wrong SuperUser password at the gate (it also counts toward the login lock). */
    record GateRefused(Actor actor, User superUser) implements AdministrationEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(SUPERUSER_GATE_FAILED, actor, account(superUser));
        }
    }

    /** A user added, invited with a system password that holds for {@code valid}. */
    record UserAdded(Actor actor, User user, User by, String password, Duration valid) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(USER_ADDED, actor, user.getEmail(), account(user));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(withPassword(MAIL_INVITED, user, by, password, valid));
        }
    }

    /** A user's settings changed; a changed address hears of it too, in case the change was not theirs to make. */
    record UserUpdated(Actor actor, User user, User by, String oldEmail) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(USER_UPDATED, actor, subject(user), emailChanged() ? "email " + oldEmail + " -> " + user.getEmail() : "settings");
        }

        @Override
        public List<MailRequest> mails() {
            List<MailRequest> mails = new ArrayList<>(List.of(notice(MAIL_CHANGED, user, by)));
            if (emailChanged()) {
                mails.add(MailRequest.of(MAIL_CHANGED, oldEmail, user.getLanguage(), values(user, by)));
            }
            return mails;
        }

        private boolean emailChanged() {
            return !oldEmail.equals(user.getEmail());
        }
    }

    /** The SuperUser chose a user's new password. */
    record PasswordSet(Actor actor, User user, User by) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(PASSWORD_CHANGED, actor, subject(user), "by the SuperUser");
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(notice(MAIL_PASSWORD_SET, user, by));
        }
    }

    /** A user's password reset to a system password that holds for {@code valid}. */
    record PasswordReset(Actor actor, User user, User by, String password, Duration valid) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(USER_PASSWORD_RESET, actor, subject(user));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(withPassword(MAIL_PASSWORD_RESET, user, by, password, valid));
        }
    }

    record UserDisabled(Actor actor, User user, User by) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(USER_DISABLED, actor, subject(user));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(notice(MAIL_DISABLED, user, by));
        }
    }

    record UserEnabled(Actor actor, User user, User by) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(USER_ENABLED, actor, subject(user));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(notice(MAIL_ENABLED, user, by));
        }
    }

    /** A user removed: the line names the address, since the id no longer leads anywhere. */
    record UserRemoved(Actor actor, User user, User by) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(USER_REMOVED, actor, user.getEmail(), account(by));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(notice(MAIL_REMOVED, user, by));
        }
    }

    /** The SuperUser role moved from one user to another; both hear of it. */
    record SuperUserTransferred(Actor actor, User from, User to) implements AdministrationEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(SUPERUSER_TRANSFERRED, actor, account(to), subject(from) + " -> " + subject(to));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(notice(MAIL_SUPERUSER_GIVEN, to, from), notice(MAIL_SUPERUSER_TAKEN, from, to));
        }
    }

    private static String subject(User user) {
        return "user:" + user.getId();
    }

    private static String account(User user) {
        return "account:" + user.getAccount().getNumber();
    }

    private static MailRequest notice(String template, User recipient, User other) {
        return MailRequest.of(template, recipient.getEmail(), recipient.getLanguage(), values(recipient, other));
    }

    private static MailRequest withPassword(String template, User recipient, User other, String password, Duration valid) {
        Map<String, String> values = values(recipient, other);
        values.put("password", password);
        values.put("minutes", Long.toString(valid.toMinutes()));
        return new MailRequest(template, recipient.getEmail(), recipient.getLanguage(), values, Set.of("password"));
    }

    private static Map<String, String> values(User recipient, User other) {
        Map<String, String> values = new HashMap<>();
        values.put("name", recipient.getName());
        values.put("email", recipient.getEmail());
        values.put("company", recipient.getAccount().getCompanyName());
        values.put("otherName", other.getName());
        values.put("otherEmail", other.getEmail());
        return values;
    }
}
