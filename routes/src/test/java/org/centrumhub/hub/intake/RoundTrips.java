package org.centrumhub.hub.intake;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Test support: counts what one thread sends to PostgreSQL. Registered as a bean, it puts a counting layer between
 * the hub's connection pool and the driver (so the pool's own validation is seen too); {@link #start} and
 * {@link #stop} bracket what a thread does.
 * <p>
 * A round trip is what pgjdbc waits for the server on: an executed statement (a statement string holding several
 * statements goes in one), a whole batch, a commit or rollback of a transaction that sent something (pgjdbc sends
 * BEGIN with the first statement, not on its own), and the pool's liveness check ({@code isValid}, counted apart:
 * the pool does it only on a connection idle for more than 500 ms).
 */
public final class RoundTrips implements BeanPostProcessor {
    private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate");
    private static final Set<String> TIMED = Set.of("commit", "rollback", "isValid", "setAutoCommit");

    /** What a thread sent between {@link #start} and {@link #stop}. */
    public static final class Tally {
        private int statements;
        private int roundTrips;
        private int validations;
        private long nanos;
        private long commitNanos;
        private final List<String> sql = new ArrayList<>();
        private final List<Long> took = new ArrayList<>();

        /** Statements the server executed (each row of a batch, each part of a multi-statement string). */
        public int statements() {
            return statements;
        }

        /** Round trips, without the pool's liveness checks. */
        public int roundTrips() {
            return roundTrips;
        }

        /** The pool's liveness checks (one round trip each). */
        public int validations() {
            return validations;
        }

        /** Time spent waiting on PostgreSQL (in the driver), in nanoseconds, the pool's checks included. */
        public long nanos() {
            return nanos;
        }

        /** Of {@link #nanos}, the time spent committing (the write-ahead log's flush to disk). */
        public long commitNanos() {
            return commitNanos;
        }

        /** Every round trip in order with the microseconds it took, as its first words. */
        public List<String> timed() {
            List<String> timed = new ArrayList<>();
            for (int i = 0; i < sql.size(); i++) {
                timed.add(String.format("%6d us  %s", took.get(i) / 1000, sql.get(i)));
            }
            return timed;
        }

        /** Every round trip in order, as its first words (a batch with its size, COMMIT, ...). */
        public List<String> sql() {
            return sql;
        }

        /** The time of the round trip just counted, if one was. */
        private void took(long nanos) {
            if (took.size() == sql.size() && !took.isEmpty() && took.get(took.size() - 1) == 0L) {
                took.set(took.size() - 1, nanos);
            }
        }

        @Override
        public String toString() {
            return statements + " statements in " + roundTrips + " round trips"
                    + (validations == 0 ? "" : " (+" + validations + " pool checks)");
        }
    }

    private static WireCount wire;

    /**
     * With {@code -Dcentrumhub.bench.wire=true}: the relay all connections go through, counting on the wire (for all
     * threads together); else null.
     */
    public static WireCount wire() {
        return wire;
    }

    /** Counts what this thread sends from now on. */
    public static void start() {
        CURRENT.set(new Tally());
    }

    /** What this thread sent since {@link #start}; counting stops. */
    public static Tally stop() {
        Tally tally = CURRENT.get();
        CURRENT.remove();
        return tally;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getDataSource() == null && hikari.getJdbcUrl() != null) {
            PGSimpleDataSource driver = new PGSimpleDataSource();
            driver.setUrl(hikari.getJdbcUrl());
            if (Boolean.getBoolean("centrumhub.bench.wire")) {
                try {
                    wire = new WireCount(driver.getServerNames()[0], driver.getPortNumbers()[0]);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                driver.setPortNumbers(new int[] {wire.port()});
            }
            driver.setUser(hikari.getUsername());
            driver.setPassword(hikari.getPassword());
            try {
                for (String name : hikari.getDataSourceProperties().stringPropertyNames()) {
                    driver.setProperty(name, hikari.getDataSourceProperties().getProperty(name));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            hikari.setDataSource(counting(driver));
        }
        return bean;
    }

    private static DataSource counting(DataSource driver) {
        return (DataSource) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(driver, method, args);
                    return result instanceof Connection connection ? connection(connection) : result;
                });
    }

    private static Connection connection(Connection connection) {
        boolean[] sentInTransaction = new boolean[1];
        InvocationHandler handler = (proxy, method, args) -> {
            Tally tally = CURRENT.get();
            switch (method.getName()) {
                case "commit", "rollback" -> {
                    if (tally != null && sentInTransaction[0] && (args == null || args.length == 0)) {
                        count(tally, 0, method.getName().toUpperCase());
                    }
                    sentInTransaction[0] = false;
                }
                case "setAutoCommit" -> {
                    if (tally != null && sentInTransaction[0] && (Boolean) args[0] && !connection.getAutoCommit()) {
                        count(tally, 0, "COMMIT (auto-commit on)");
                    }
                    sentInTransaction[0] = false;
                }
                case "isValid" -> {
                    if (tally != null) {
                        tally.validations++;
                    }
                }
                default -> {
                }
            }
            long started = System.nanoTime();
            Object result = invoke(connection, method, args);
            if (tally != null && TIMED.contains(method.getName())) {
                long took = System.nanoTime() - started;
                tally.nanos += took;
                tally.took(took);
                if (!method.getName().equals("isValid")) {
                    tally.commitNanos += took;
                }
            }
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                return statement(statement, sql, () -> {
                    if (!connection.getAutoCommit()) {
                        sentInTransaction[0] = true;
                    }
                    return null;
                });
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Statement statement(Statement statement, String preparedSql, java.util.concurrent.Callable<Void> sent) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        int[] batched = new int[1];
        List<String> batchedSql = new ArrayList<>();
        return (Statement) Proxy.newProxyInstance(RoundTrips.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    Tally tally = CURRENT.get();
                    String name = method.getName();
                    if (EXECUTES.contains(name)) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        if (tally != null) {
                            count(tally, parts(sql), words(sql));
                        }
                        sent.call();
                    } else if (name.equals("addBatch")) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        batched[0] += parts(sql);
                        batchedSql.add(sql);
                    } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                        if (tally != null && batched[0] > 0) {
                            count(tally, batched[0], "batch of " + batchedSql.size() + ": " + words(batchedSql.get(0)));
                        }
                        batched[0] = 0;
                        batchedSql.clear();
                        sent.call();
                    } else if (name.equals("clearBatch")) {
                        batched[0] = 0;
                        batchedSql.clear();
                    }
                    if (tally == null || !(EXECUTES.contains(name) || name.startsWith("executeBatch")
                            || name.equals("executeLargeBatch"))) {
                        return invoke(statement, method, args);
                    }
                    long started = System.nanoTime();
                    try {
                        return invoke(statement, method, args);
                    } finally {
                        tally.nanos += System.nanoTime() - started;
                        tally.took(System.nanoTime() - started);
                    }
                });
    }

    private static void count(Tally tally, int statements, String what) {
        tally.statements += statements;
        tally.roundTrips++;
        tally.sql.add(what);
        tally.took.add(0L);
    }

    /** How many statements one string holds (the hub's SQL has no semicolon inside a literal). */
    private static int parts(String sql) {
        if (sql == null) {
            return 1;
        }
        int parts = 0;
        for (String part : sql.split(";")) {
            if (!part.isBlank()) {
                parts++;
            }
        }
        return Math.max(parts, 1);
    }

    private static String words(String sql) {
        if (sql == null) {
            return "?";
        }
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 90 ? flat.substring(0, 90) + "..." : flat;
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
