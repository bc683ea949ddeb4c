package io.supportcenter.domain.auth;

import static io.supportcenter.domain.audit.AuditAction.EMAIL_CONFIRMED;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_HELP_REQUESTED;
import static io.supportcenter.domain.audit.AuditAction.LOGIN_HELP_THROTTLED;
import static io.supportcenter.domain.audit.AuditAction.PASSWORD_CHANGED;
import static io.supportcenter.domain.audit.AuditAction.STAFF_INVITATION_ACCEPTED;
import static io.supportcenter.domain.audit.AuditAction.STAFF_INVITED;

import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import io.supportcenter.domain.staff.StaffUser;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What happened to someone's way in: a password changed, an address confirmed, Login Help answered,
 * a staff invitation sent or accepted. Each says how the audit log writes it and which mails go out; mails that carry
 * a secret name it, so the outbox blanks it once sent.
 */
public sealed interface CredentialEvent extends Audited {

    String MAIL_PASSWORD_CHANGED = "password.changed";
    String MAIL_LOGIN_HELP_LINK = "login-help.link";
    String MAIL_LOGIN_HELP_PASSWORD = "login-help.password";
    String MAIL_STAFF_INVITATION = "staff.invitation";
    String MAIL_FIRST_ADMIN = "staff.first-admin";

    /** Staff mail is in English: the console is. */
    Locale STAFF_LANGUAGE = Locale.ENGLISH;

    /** A member's password changed ({@code how}: by the user, with a reset link); the member is told when. */
    record PasswordChanged(Actor actor, User user, String how, Instant at) implements CredentialEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(PASSWORD_CHANGED, actor, "user:" + user.getId(), how);
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(MailRequest.of(MAIL_PASSWORD_CHANGED, user.getEmail(), user.getLanguage(), Map.of("name", user.getName(),
                    "time", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(user.getLanguage())
                            .withZone(user.getTimeZone()).format(at))));
        }
    }

    /** A member's address is confirmed ({@code how}: by the sign-up's link, or by logging in with a system password mailed to it). */
    record EmailConfirmed(Actor actor, User user, String how) implements CredentialEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(EMAIL_CONFIRMED, actor, "user:" + user.getId(), how);
        }
    }

    /** Login Help refused more requests for this address or client this hour. */
    record LoginHelpThrottled(Actor actor, String address) implements CredentialEvent {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(LOGIN_HELP_THROTTLED, actor, address);
        }
    }

    /** Login Help asked for an address that has no active user: nothing is sent, and the page says the same as when it is. */
    record LoginHelpForNobody(Actor actor, String address) implements CredentialEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_HELP_REQUESTED, actor, address, "unknown or inactive address");
        }
    }

    /** Login Help sent a reset link ({@code secret} is its token) or a system password, valid for {@code valid}. */
    record LoginHelpSent(Actor actor, User user, boolean link, String secret, Duration valid) implements CredentialEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(LOGIN_HELP_REQUESTED, actor, "user:" + user.getId(), link ? "reset link sent" : "system password sent");
        }

        @Override
        public List<MailRequest> mails() {
            String name = link ? "token" : "password";
            return List.of(new MailRequest(link ? MAIL_LOGIN_HELP_LINK : MAIL_LOGIN_HELP_PASSWORD, user.getEmail(), user.getLanguage(),
                    Map.of("name", user.getName(), name, secret, "minutes", Long.toString(valid.toMinutes())), Set.of(name)));
        }
    }

    /** An admin invited a staff user (again, or for the first time: {@code detail} says), with a link valid for {@code valid}. */
    record StaffInvited(Actor actor, StaffUser invited, StaffUser admin, String detail, String token, Duration valid)
            implements CredentialEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(STAFF_INVITED, actor, "staff:" + invited.getId(), detail);
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(new MailRequest(MAIL_STAFF_INVITATION, invited.getEmail(), STAFF_LANGUAGE, Map.of("name", invited.getName(),
                    "admin", admin.getName(), "token", token, "days", Long.toString(valid.toDays())), Set.of("token")));
        }
    }

    /**
     * The first admin invited from the operator's setting; the link is mailed only when {@code token} is given (else the
     * operator is shown it).
     */
    record FirstAdminInvited(Actor actor, StaffUser admin, String token, Duration valid) implements CredentialEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(STAFF_INVITED, actor, "staff:" + admin.getId(), "first admin, from support.admin.first-email");
        }

        @Override
        public List<MailRequest> mails() {
            return token == null ? List.of() : List.of(new MailRequest(MAIL_FIRST_ADMIN, admin.getEmail(), STAFF_LANGUAGE,
                    Map.of("name", admin.getName(), "token", token, "hours", Long.toString(valid.toHours())), Set.of("token")));
        }
    }

    /** An invited staff user chose their password. */
    record StaffInvitationAccepted(Actor actor, StaffUser user) implements CredentialEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(STAFF_INVITATION_ACCEPTED, actor, "staff:" + user.getId(), "password chosen");
        }
    }
}
