package io.supportcenter.persistence.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * On H2, what fk_account_superuser keeps on PostgreSQL: an account's SuperUser is one of the account's own users,
 * and that user's row is neither deleted nor moved to another account while it is the SuperUser. H2 has no deferred
 * constraints, so an account may be inserted before its first user (in the same transaction); every other change
 * is checked as it happens. Installed by the H2 migration V33 on {@code account} and on {@code member_user}.
 */
public class H2SuperUserTrigger implements Trigger {

    private static final String SQL_STATE = "23513";

    private boolean onAccount;
    private int id;
    private int superUserId;
    private int accountId;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) throws SQLException {
        onAccount = table.equalsIgnoreCase("ACCOUNT");
        id = column(connection, schema, table, "ID");
        if (onAccount) {
            superUserId = column(connection, schema, table, "SUPERUSER_ID");
        } else {
            accountId = column(connection, schema, table, "ACCOUNT_ID");
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (onAccount) {
            checkAccount(connection, oldRow, newRow);
        } else {
            checkUser(connection, oldRow, newRow);
        }
    }

    private void checkAccount(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        Object superUser = newRow[superUserId];
        try (PreparedStatement owner = connection.prepareStatement("SELECT account_id FROM member_user WHERE id = ?")) {
            owner.setObject(1, superUser);
            try (ResultSet found = owner.executeQuery()) {
                if (found.next() ? !Objects.equals(number(found.getObject(1)), number(newRow[id])) : oldRow != null) {
                    throw new SQLException("The SuperUser of account " + newRow[id] + " must be one of its own users", SQL_STATE);
                }
            }
        }
    }

    private void checkUser(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null && Objects.equals(number(oldRow[accountId]), number(newRow[accountId]))) {
            return;
        }
        try (PreparedStatement account = connection.prepareStatement("SELECT COUNT(*) FROM account WHERE superuser_id = ?")) {
            account.setObject(1, oldRow[id]);
            try (ResultSet found = account.executeQuery()) {
                if (found.next() && found.getLong(1) > 0) {
                    throw new SQLException("User " + oldRow[id] + " is the SuperUser of an account: choose another first", SQL_STATE);
                }
            }
        }
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static int column(Connection connection, String schema, String table, String name) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT).equals(name)) {
                    return columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        throw new SQLException("table " + table + " has no column " + name);
    }
}
