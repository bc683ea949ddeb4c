package io.supportcenter.it.support;

import java.util.List;

/** The demo logins that the portal loads into an empty database (see DemoDataService). */
public final class Demo {

    public static final String PASSWORD = "correct-horse-42";

    public static final String PAT = "pat@northwind.example";
    public static final String PAT_NAME = "Pat Northwind";
    public static final String SAM = "sam@northwind.example";
    public static final String ALEX = "alex@contoso.example";
    public static final String LEE = "lee@contoso.example";
    public static final String ADMIN = "admin@support.example";
    public static final String DANA_DORMANT_30_DAYS = "dana@dormant.example";
    public static final String OLGA_DORMANT_200_DAYS = "olga@olddormant.example";
    public static final String CARL_CLOSED_FOR_COMPLIANCE = "carl@closed.example";

    public static final String AGENT = "agent@support.example";
    public static final String AGENT_NAME = "Avery Agent";
    public static final String TECH = "tech@support.example";
    public static final String QUALITY = "quality@support.example";
    public static final String EDITOR = "editor@support.example";
    public static final String LEAD = "lead@support.example";

    /** What the demo data loads, as README's table lists it: the accounts' numbers, their users, the staff. */
    public static final List<String> ACCOUNT_NUMBERS = List.of("4000101", "4000102", "4000103", "4000104", "4000105");
    public static final List<String> MEMBER_EMAILS = List.of(PAT, SAM, ALEX, LEE, DANA_DORMANT_30_DAYS, OLGA_DORMANT_200_DAYS,
            CARL_CLOSED_FOR_COMPLIANCE);
    public static final List<String> STAFF_EMAILS = List.of(AGENT, TECH, QUALITY, EDITOR, LEAD, ADMIN);
    public static final String NEUTRAL_LOGIN_ERROR = "The email or password is not right.";
    public static final String DEACTIVATED_PREFIX = "This account is deactivated.";

    private Demo() {
    }
}
