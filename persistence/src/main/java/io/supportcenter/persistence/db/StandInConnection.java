package io.supportcenter.persistence.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the data source hands out while the portal is being deployed and its database is not reachable yet. Payara
 * checks every persistence unit while deploying (it creates an entity manager, and EclipseLink logs in), and a failure
 * there fails the whole deployment for good: a node started before its database would never serve. This connection
 * lets that check pass; it does nothing, says it is valid only while the deployment lasts (so the pool drops it at its
 * first use afterwards) and refuses every statement. Once the portal runs its own start ({@link ConfiguredDataSource#deployed()}), only real connections are
 * handed out, and the portal waits for its database itself.
 */
final class StandInConnection implements InvocationHandler {

    private final String reason;

    private StandInConnection(String reason) {
        this.reason = reason;
    }

    static Connection because(SQLException unreachable) {
        return (Connection) Proxy.newProxyInstance(StandInConnection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new StandInConnection(unreachable.getMessage()));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] arguments) throws SQLException {
        return switch (method.getName()) {
            case "close", "abort", "setAutoCommit", "setTransactionIsolation", "setReadOnly", "clearWarnings", "setHoldability",
                 "setClientInfo", "setNetworkTimeout", "commit", "rollback" -> null;
            case "isClosed", "isReadOnly", "isWrapperFor" -> false;
            // Valid while the deployment lasts (the pool checks it before handing it out), never after.
            case "isValid" -> ConfiguredDataSource.isDeploying();
            case "getAutoCommit" -> true;
            case "getWarnings" -> null;
            case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == arguments[0];
            case "toString" -> "a stand-in for the database, which is not reachable yet (" + reason + ")";
            default -> throw new SQLException("The database is not reachable yet (" + reason + ")", "08001");
        };
    }
}
