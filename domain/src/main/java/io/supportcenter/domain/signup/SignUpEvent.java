package io.supportcenter.domain.signup;

import static io.supportcenter.domain.audit.AuditAction.EMAIL_CONFIRMATION_SENT;
import static io.supportcenter.domain.audit.AuditAction.PUBLISHER_SIGNED_UP;
import static io.supportcenter.domain.audit.AuditAction.SIGN_UP_THROTTLED;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a publisher's sign-up did (SPEC §2): each says how the audit log writes it and what it mails. */
public sealed interface SignUpEvent extends Audited {

    String MAIL_CONFIRM = "signup.confirm";

    /** Too many sign-ups from this client or for this mailbox ({@code byClient} says which). */
    record Throttled(Actor actor, String mailbox, boolean byClient) implements SignUpEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(SIGN_UP_THROTTLED, actor, mailbox, byClient ? "client" : "mailbox");
        }
    }

    /** A publisher account opened; its SuperUser gets the link that confirms the address, valid for {@code within}. */
    record PublisherSignedUp(Actor actor, Account account, String token, Duration within) implements SignUpEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(PUBLISHER_SIGNED_UP, actor, "account:" + account.getNumber(), account.getWebsite().orElse(""));
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(confirmation(account.getSuperUser(), token, within));
        }
    }

    /** A new confirmation link for a user who has not confirmed yet; the earlier one stops working. */
    record ConfirmationSentAgain(Actor actor, User user, String token, Duration within) implements SignUpEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(EMAIL_CONFIRMATION_SENT, actor, "user:" + user.getId(), "sent again");
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(confirmation(user, token, within));
        }
    }

    private static MailRequest confirmation(User user, String token, Duration within) {
        return new MailRequest(MAIL_CONFIRM, user.getEmail(), user.getLanguage(), Map.of("name", user.getName(),
                "company", user.getAccount().getCompanyName(), "number", user.getAccount().getNumber(), "token", token,
                "days", Long.toString(within.toDays())), Set.of("token"));
    }
}
