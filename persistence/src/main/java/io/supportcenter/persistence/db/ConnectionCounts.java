package io.supportcenter.persistence.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal's own count of its database connections, since Payara 6 publishes no statistics for a pool an application
 * declares (web.xml): connections the pool holds open (each made through {@link ConfiguredDataSource}), connections lent
 * to JPA (through {@link CountingConnector}) and threads waiting for one. Per JVM, as the pool is.
 */
final class ConnectionCounts {

    static final AtomicInteger OPEN = new AtomicInteger();
    static final AtomicInteger LENT = new AtomicInteger();
    static final AtomicInteger WAITING = new AtomicInteger();

    private ConnectionCounts() {
    }

    /** {@code connection}, counted in {@code counter} until it is closed (once, however often close is called). */
    static Connection counted(Connection connection, AtomicInteger counter) {
        counter.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, arguments) -> invoke(connection, counter, closed, proxy, method, arguments);
        return (Connection) Proxy.newProxyInstance(ConnectionCounts.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Connection connection, AtomicInteger counter, AtomicBoolean closed, Object proxy, Method method,
                                 Object[] arguments) throws Throwable {
        switch (method.getName()) {
            case "close", "abort" -> {
                if (closed.compareAndSet(false, true)) {
                    counter.decrementAndGet();
                }
            }
            case "equals" -> {
                return proxy == arguments[0];
            }
            case "hashCode" -> {
                return System.identityHashCode(proxy);
            }
            case "unwrap" -> {
                if (((Class<?>) arguments[0]).isInstance(connection)) {
                    return connection;
                }
            }
            default -> {
                // passed on below
            }
        }
        try {
            return method.invoke(connection, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
