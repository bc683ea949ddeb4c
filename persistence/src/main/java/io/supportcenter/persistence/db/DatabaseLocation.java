package io.supportcenter.persistence.db;

import java.util.regex.Pattern;

/** Describes a JDBC URL for logs and reports without any secret it may carry. */
public final class DatabaseLocation {

    static final String H2_PREFIX = "jdbc:h2:";
    static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    private static final Pattern SECRET = Pattern.compile("(?i)(password|pwd|sslpassword|sslkey)=[^;&]*");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    private DatabaseLocation() {
    }

    public static String describe(String url) {
        if (url == null) {
            return "(none)";
        }
        String withoutSecrets = SECRET.matcher(url).replaceAll("$1=***");
        return USER_INFO.matcher(withoutSecrets).replaceAll("//***@");
    }
}
