package io.supportcenter.domain.policy;

/**
 * One value an operator may change without rebuilding (SPEC, values marked config). Its default comes
 * from MicroProfile Config under {@link #configKey()} (then the built-in default here); an admin may
 * override it in the console, and the override wins.
 */
public enum Policy {
    CALENDAR_ZONE(Group.CALENDAR, "support.calendar.zone", "America/Los_Angeles", PolicyKind.ZONE, 0, 0),
    CALENDAR_OPENS(Group.CALENDAR, "support.calendar.opens", "06:00", PolicyKind.TIME, 0, 0),
    CALENDAR_CLOSES(Group.CALENDAR, "support.calendar.closes", "17:00", PolicyKind.TIME, 0, 0),
    /** Empty: the US federal holidays of this year and next. */
    CALENDAR_HOLIDAYS(Group.CALENDAR, "support.calendar.holidays", "", PolicyKind.DATES, 0, 0),
    RESPONSE_HOURS(Group.INQUIRIES, "support.inquiry.response-hours", "72", PolicyKind.WHOLE_NUMBER, 1, 720),
    USUAL_FROM_HOURS(Group.INQUIRIES, "support.inquiry.usual-from-hours", "24", PolicyKind.WHOLE_NUMBER, 1, 720),
    USUAL_TO_HOURS(Group.INQUIRIES, "support.inquiry.usual-to-hours", "48", PolicyKind.WHOLE_NUMBER, 1, 720),
    AUTO_CLOSE_HOURS(Group.INQUIRIES, "support.inquiry.auto-close-hours", "72", PolicyKind.WHOLE_NUMBER, 2, 2_160),
    REMINDER_HOURS_BEFORE(Group.INQUIRIES, "support.inquiry.reminder-hours-before", "24", PolicyKind.WHOLE_NUMBER, 1, 2_159),
    ATTACHMENT_MAX_FILES(Group.INQUIRIES, "support.attachments.max-files", "5", PolicyKind.WHOLE_NUMBER, 1, 20),
    /** At most the 64 MB a single upload may have in web.xml. */
    ATTACHMENT_MAX_MB(Group.INQUIRIES, "support.attachments.max-mb", "10", PolicyKind.WHOLE_NUMBER, 1, 64),
    LOGIN_MAX_FAILURES(Group.SIGN_IN, "support.login.max-failures", "5", PolicyKind.WHOLE_NUMBER, 2, 100),
    LOGIN_MAX_LOCK_MINUTES(Group.SIGN_IN, "support.login.max-lock-minutes", "15", PolicyKind.WHOLE_NUMBER, 1, 1_440),
    /** The waits after the failures just before the lock. */
    LOGIN_SLOWDOWN_SECONDS(Group.SIGN_IN, "support.login.slowdown-seconds", "5,15", PolicyKind.SECONDS, 0, 600),
    TEMPORARY_PASSWORD_MINUTES(Group.SIGN_IN, "support.login-help.temporary-password-minutes", "60", PolicyKind.WHOLE_NUMBER, 5, 1_440),
    LOGIN_HELP_PER_ADDRESS(Group.SIGN_IN, "support.login-help.per-address-per-hour", "5", PolicyKind.WHOLE_NUMBER, 1, 100),
    LOGIN_HELP_PER_CLIENT(Group.SIGN_IN, "support.login-help.per-client-per-hour", "20", PolicyKind.WHOLE_NUMBER, 1, 10_000),
    LOGIN_HELP_REVEAL_UNKNOWN(Group.SIGN_IN, "support.login-help.reveal-unknown", "true", PolicyKind.YES_NO, 0, 0),
    LOGIN_HELP_MODE(Group.SIGN_IN, "support.login-help.mode", "password", PolicyKind.LOGIN_HELP_MODE, 0, 0),
    /** Each sign-up mails an address the visitor chose: sign-ups sent per client address per hour. */
    SIGNUP_PER_CLIENT_PER_HOUR(Group.SIGN_IN, "support.signup.per-client-per-hour", "3", PolicyKind.WHOLE_NUMBER, 1, 10_000),
    /** Sign-ups received per mailbox (the address without its +tag) per day. */
    SIGNUP_PER_MAILBOX_PER_DAY(Group.SIGN_IN, "support.signup.per-mailbox-per-day", "2", PolicyKind.WHOLE_NUMBER, 1, 100),
    ADMIN_UNLOCK_MINUTES(Group.SIGN_IN, "support.admin.unlock-minutes", "15", PolicyKind.WHOLE_NUMBER, 1, 240),
    STAFF_IDLE_MINUTES(Group.SIGN_IN, "support.staff.idle-minutes", "30", PolicyKind.WHOLE_NUMBER, 5, 480),
    /** Where contact-sales requests are emailed. */
    /** How long a publisher account may go without a valid commission before it is deactivated (SPEC §8). */
    DORMANCY_MONTHS(Group.LIFECYCLE, "support.dormancy.months", "6", PolicyKind.WHOLE_NUMBER, 1, 60),
    CLIENT_SUPPORT_PHONE(Group.CONTACT, "support.client-support.phone", "1-800-761-1072", PolicyKind.PHONE, 0, 0),
    CLIENT_SUPPORT_HOURS(Group.CONTACT, "support.client-support.hours", "Mon-Fri 06:00-17:00 America/Los_Angeles", PolicyKind.LINE_HOURS, 0, 0),
    SALES_LINE_PHONE(Group.CONTACT, "support.sales-line.phone", "877-777-3272", PolicyKind.PHONE, 0, 0),
    SALES_LINE_HOURS(Group.CONTACT, "support.sales-line.hours", "Mon-Fri 08:00-17:00 America/Los_Angeles", PolicyKind.LINE_HOURS, 0, 0),
    /** The network's offices, one per entry (written one per line on the page). */
    OFFICES(Group.CONTACT, "support.offices",
            "Santa Barbara, California, United States;Westlake Village, California, United States;London, United Kingdom;Munich, Germany",
            PolicyKind.LIST, 0, 0),
    SALES_EMAIL(Group.CONTACT, "support.sales.email", "sales@supportcenter.example", PolicyKind.EMAIL, 0, 0),
    /** The contact-sales form is public: requests allowed per client address per hour. */
    SALES_PER_CLIENT_PER_HOUR(Group.CONTACT, "support.sales.per-client-per-hour", "5", PolicyKind.WHOLE_NUMBER, 1, 10_000),
    /** The commission API's largest request body, checked before it is read (a batch of 500 records is about 100 KB). */
    API_MAX_BODY_KB(Group.API, "support.api.max-body-kb", "1024", PolicyKind.WHOLE_NUMBER, 16, 16_384),
    /** Requests one API key may make per minute on each node. */
    API_REQUESTS_PER_MINUTE(Group.API, "support.api.requests-per-minute", "120", PolicyKind.WHOLE_NUMBER, 1, 100_000);

    /** The sections of the policies page. */
    public enum Group {
        CALENDAR, INQUIRIES, SIGN_IN, LIFECYCLE, CONTACT, API
    }

    private final Group group;
    private final String configKey;
    private final String builtInDefault;
    private final PolicyKind kind;
    private final int min;
    private final int max;

    Policy(Group group, String configKey, String builtInDefault, PolicyKind kind, int min, int max) {
        this.group = group;
        this.configKey = configKey;
        this.builtInDefault = builtInDefault;
        this.kind = kind;
        this.min = min;
        this.max = max;
    }

    public Group group() {
        return group;
    }

    public String configKey() {
        return configKey;
    }

    public String builtInDefault() {
        return builtInDefault;
    }

    public PolicyKind kind() {
        return kind;
    }

    /** The smallest number allowed (numbers only). */
    public int min() {
        return min;
    }

    /** The largest number allowed (numbers only). */
    public int max() {
        return max;
    }

    /** {@code raw} in its canonical form, or a refusal naming this policy. */
    public String normalise(String raw) {
        return kind.normalise(this, raw == null ? "" : raw.strip());
    }
}
