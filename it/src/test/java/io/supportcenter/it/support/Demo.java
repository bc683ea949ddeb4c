package io.supportcenter.it.support;

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

    public static final String NEUTRAL_LOGIN_ERROR = "The email or password is not right.";
    public static final String DEACTIVATED_PREFIX = "This account is deactivated.";

    private Demo() {
    }
}
