package io.supportcenter.domain.lifecycle;

import static io.supportcenter.domain.audit.AuditAction.ACCOUNT_CLOSED_FOR_COMPLIANCE;
import static io.supportcenter.domain.audit.AuditAction.ACCOUNT_DEACTIVATED_DORMANT;
import static io.supportcenter.domain.audit.AuditAction.ACCOUNT_REACTIVATED;
import static io.supportcenter.domain.audit.AuditAction.DORMANCY_WARNED;

import io.supportcenter.domain.account.Account;
import io.supportcenter.domain.account.User;
import io.supportcenter.domain.audit.Actor;
import io.supportcenter.domain.audit.AuditLine;
import io.supportcenter.domain.audit.Audited;
import io.supportcenter.domain.mail.MailRequest;
import io.supportcenter.domain.mail.Mailed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;

/** An account's status moved (SPEC §8): each says how the audit log writes it and whom it tells. */
public sealed interface AccountStatusEvent extends Audited {

    String MAIL_REACTIVATED = "account.reactivated";
    String MAIL_REACTIVATED_BY_SUPPORT = "account.reactivated-by-support";
    String MAIL_DORMANCY_WARNING = "dormancy.warning";
    String MAIL_DEACTIVATED_DORMANT = "dormancy.deactivated";

    /**
     * No login for the schedule's months: the SuperUser is warned that the account closes after {@code deadline}
     * unless someone logs in.
     */
    record DormancyWarned(Actor actor, Account account, Instant deadline, DormancySchedule schedule) implements AccountStatusEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(DORMANCY_WARNED, actor, "account:" + account.getNumber(), "deadline " + deadline);
        }

        @Override
        public List<MailRequest> mails() {
            User superUser = account.getSuperUser();
            String lastDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(superUser.getLanguage())
                    .format(deadline.atZone(schedule.zone()).toLocalDate().minusDays(1));
            return List.of(dormancy(MAIL_DORMANCY_WARNING, account, lastDay, schedule));
        }
    }

    /** Nobody logged in after the warning: the account is deactivated, and its SuperUser told how to come back. */
    record DeactivatedDormant(Actor actor, Account account, DormancySchedule schedule) implements AccountStatusEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(ACCOUNT_DEACTIVATED_DORMANT, actor, "account:" + account.getNumber());
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(dormancy(MAIL_DEACTIVATED_DORMANT, account, "", schedule));
        }
    }

    /** A user of a dormant account reactivated it themselves; they are told. */
    record ReactivatedByItsUser(Actor actor, Account account, User user) implements AccountStatusEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(ACCOUNT_REACTIVATED, actor, "account:" + account.getNumber(), "by its user " + user.getEmail());
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(told(MAIL_REACTIVATED, user, account));
        }
    }

    /** Client Support reactivated the account; its SuperUser hears of it as if they had done it, from Client Support this time. */
    record ReactivatedBySupport(Actor actor, Account account) implements AccountStatusEvent, Mailed {
        @Override
        public AuditLine auditLine() {
            return AuditLine.of(ACCOUNT_REACTIVATED, actor, "account:" + account.getNumber());
        }

        @Override
        public List<MailRequest> mails() {
            return List.of(told(MAIL_REACTIVATED_BY_SUPPORT, account.getSuperUser(), account));
        }
    }

    /** An admin closed the account for compliance, for good; nobody is mailed (the login page says it). */
    record ClosedForCompliance(Actor actor, Account account, String reason) implements AccountStatusEvent {
        @Override
        public AuditLine auditLine() {
            return new AuditLine(ACCOUNT_CLOSED_FOR_COMPLIANCE, actor, "account:" + account.getNumber(), reason);
        }
    }

    private static MailRequest dormancy(String template, Account account, String lastDay, DormancySchedule schedule) {
        User superUser = account.getSuperUser();
        return MailRequest.of(template, superUser.getEmail(), superUser.getLanguage(), Map.of("name", superUser.getName(),
                "company", account.getCompanyName(), "number", account.getNumber(), "lastDay", lastDay,
                "months", Integer.toString(schedule.dormancy().getMonths())));
    }

    private static MailRequest told(String template, User user, Account account) {
        return MailRequest.of(template, user.getEmail(), user.getLanguage(), Map.of("name", user.getName(),
                "number", account.getNumber(), "company", account.getCompanyName()));
    }
}
