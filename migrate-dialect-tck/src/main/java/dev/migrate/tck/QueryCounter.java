package dev.migrate.tck;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the round-trips made through a real connection: every {@code execute*} call on its
 * statements and every {@link DatabaseMetaData} call that returns a {@link ResultSet}. The
 * connection is the live one, wrapped in a {@link Proxy} that measures and forwards.
 */
public final class QueryCounter {

    private final AtomicInteger queries = new AtomicInteger();

    /** The number of queries counted so far. */
    public int queries() {
        return queries.get();
    }

    /** {@code connection}, counting the queries made through it. */
    public Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = forward(method, target, args);
            if (result instanceof Statement statement) {
                return proxy(statementInterface(statement), statement, counting());
            }
            if (result instanceof DatabaseMetaData metaData) {
                return proxy(DatabaseMetaData.class, metaData, counting());
            }
            return result;
        });
    }

    private Handler counting() {
        return (target, method, args) -> {
            if (method.getName().startsWith("execute") || method.getReturnType() == ResultSet.class
                    && target instanceof DatabaseMetaData) {
                queries.incrementAndGet();
            }
            return forward(method, target, args);
        };
    }

    private static Class<? extends Statement> statementInterface(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static Object forward(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
